namespace Lianzheng.Core.AuditProjects;

/// <summary>What the 审计纪律告知书 of a project says: posted at the audited unit at 进点.</summary>
public sealed record DisciplineNotice(
    string Bureau, string Project, DateOnly StartDate, DateOnly? EndDate, string TeamLeader, IReadOnlyList<string> Members, string ReportingPhone,
    string FeedbackUrl);
