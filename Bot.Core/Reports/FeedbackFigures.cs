using Lianzheng.Core.AuditProjects;

namespace Lianzheng.Core.Reports;

/// <summary>The 廉政回访 answers received in the period: how many, how many reported a problem, and the overall ratings.</summary>
public sealed record FeedbackFigures(int Answers, int WithIssues, IReadOnlyDictionary<FeedbackRating, int> Ratings);
