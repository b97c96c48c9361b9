namespace Lianzheng.Bot.WeCom;

/// <summary>What a directory sync did: who was linked, who already was, and what it would not guess.</summary>
public sealed record WeComSyncReport(
    IReadOnlyList<string> Linked, int AlreadyLinked, IReadOnlyList<string> Ambiguous, IReadOnlyList<string> Unmatched, string? Error);
