namespace Lianzheng.Core.AuditProjects;

/// <summary>A topic the audited unit answered 有, with its details.</summary>
public sealed class AuditFeedbackIssue
{
    public long FeedbackId { get; set; }

    public FeedbackTopic Topic { get; set; }

    public required string Details { get; set; }
}
