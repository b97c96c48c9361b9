namespace Lianzheng.Dialogs.Talks;

/// <summary>Whom a talk is with: how the leader sees them (a head and his section, all heads, an audit team) and
/// their staff ids.</summary>
internal sealed record TalkParties(string Label, int[] StaffIds);
