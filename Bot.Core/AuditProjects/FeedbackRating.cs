namespace Lianzheng.Core.AuditProjects;

/// <summary>The audited unit's overall opinion of the team in the 廉政回访.</summary>
public enum FeedbackRating
{
    Satisfied = 1,
    FairlySatisfied = 2,
    Dissatisfied = 3,
}
