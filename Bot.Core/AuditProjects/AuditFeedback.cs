namespace Lianzheng.Core.AuditProjects;

/// <summary>One answer of the audited unit to a project's 廉政回访, submitted on its public page without signing in.</summary>
public sealed class AuditFeedback
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public AuditProject? Project { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The form's own key, printed into the page when it was served: the same form sent twice (a double tap, a
    /// resend after a lost answer) is stored once.</summary>
    public required string SubmissionKey { get; set; }

    /// <summary>The topics answered 有, with what the unit wrote about each (one line per topic).</summary>
    public List<AuditFeedbackIssue> Issues { get; set; } = [];

    public FeedbackRating Rating { get; set; }

    /// <summary>Further remarks, if any.</summary>
    public string? Remarks { get; set; }

    /// <summary>Who to contact, if the unit chose to leave a name or number.</summary>
    public string? Contact { get; set; }
}
