using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Announcements;

/// <summary>Who an integrity message from a supervisor goes to.</summary>
public enum Audience
{
    /// <summary>全体人员.</summary>
    Everyone = 1,

    /// <summary>One section.</summary>
    Section = 2,

    /// <summary>班子成员 (and the party secretary).</summary>
    Leaders = 3,
}
