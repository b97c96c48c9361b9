namespace Lianzheng.Core.Outbox;

/// <summary>What a follow-up of a message (提醒未确认, 重发未送达) did: how many people it went to, how many it could not
/// reach yet (no channel reaches them), and whether this very submission had been handled before (then nothing was done again).</summary>
public sealed record FollowUpResult(int People, int StillUnreachable = 0, bool Repeated = false);
