namespace Lianzheng.Core.Domain;

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

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
