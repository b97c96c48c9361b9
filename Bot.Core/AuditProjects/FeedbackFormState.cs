namespace Lianzheng.Core.AuditProjects;

/// <summary>Whether a 廉政回访 page opens.</summary>
public enum FeedbackFormState
{
    Open = 1,

    /// <summary>No project has this code.</summary>
    NotFound = 2,

    /// <summary>The project's 回访 closed <see cref="AuditProjectOptions.FeedbackDays"/> after 离场.</summary>
    Expired = 3,
}
