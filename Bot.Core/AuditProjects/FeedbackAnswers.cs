namespace Lianzheng.Core.AuditProjects;

/// <summary>What the audited unit answered on the 廉政回访 page: the topics it answered 有, each with details, its overall
/// rating, and optional remarks and contact.</summary>
public sealed record FeedbackAnswers(IReadOnlyDictionary<FeedbackTopic, string> Issues, FeedbackRating Rating, string? Remarks, string? Contact)
{
    public const int MaxDetailsLength = 500;

    public const int MaxRemarksLength = 1000;

    public const int MaxContactLength = 100;
}
