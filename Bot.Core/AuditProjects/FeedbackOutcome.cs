namespace Lianzheng.Core.AuditProjects;

/// <summary>What became of a submitted 廉政回访.</summary>
public enum FeedbackOutcome
{
    Stored = 1,

    /// <summary>The same form (by its submission key) was stored before; nothing is added.</summary>
    AlreadyStored = 2,

    NotFound = 3,

    Expired = 4,
}
