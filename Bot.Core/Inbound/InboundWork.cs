namespace Lianzheng.Core.Inbound;

/// <summary>A message a channel delivered to us, stored before we answer the channel so that a retried delivery is
/// recognised (unique per channel and key) and work accepted but not yet processed survives a restart.</summary>
public sealed class InboundWork
{
    public long Id { get; set; }

    public required string Channel { get; set; }

    /// <summary>What makes a delivery the same as an earlier one (Teams: conversation and activity id; WeCom: MsgId...).</summary>
    public required string DedupKey { get; set; }

    /// <summary>Work with the same order key is processed one after the other, in arrival order (the conversation).</summary>
    public required string OrderKey { get; set; }

    /// <summary>The channel's own payload, as the processor of that channel reads it.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>When the turn committed: its dialog state, its domain changes, its replies and this time are written in
    /// one transaction, so a turn that has a time here is never run again.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Attempts to run the turn (a turn that failed was rolled back whole and may be run again).</summary>
    public int Attempts { get; set; }

    /// <summary>The replies of the turn, stored with it (JSON of the channel-neutral messages), so that a reply the
    /// channel refused is sent again from here, never by running the turn again.</summary>
    public string? Replies { get; set; }

    /// <summary>How many of <see cref="Replies"/> have been handed to the channel (or given up as undeliverable), in order.</summary>
    public int RepliesSent { get; set; }

    /// <summary>Attempts at the reply now due (reset when it goes out).</summary>
    public int ReplyAttempts { get; set; }

    /// <summary>When every reply was handled; null while one still waits to go out.</summary>
    public DateTimeOffset? RepliedAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>The replica working on this message until it is replied to (see <c>ProcessIdentity</c>): the one that
    /// accepted it, or the one that took it over when that one's lease ran out.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when <see cref="LeaseOwner"/> holds it; renewed while it works on it.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }
}
