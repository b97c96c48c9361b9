namespace Lianzheng.Dialogs.Talks;

/// <summary>Whom a talk is with: how the leader sees them (a head and his section, all heads, a 班子成员 or all of them
/// for the party secretary, an audit team) and their staff ids; <see cref="WithLeaders"/> when they are 班子成员.</summary>
internal sealed record TalkParties(string Label, int[] StaffIds, bool WithLeaders = false);
