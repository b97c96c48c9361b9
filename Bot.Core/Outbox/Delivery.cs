using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Outbox;

/// <summary>One message to one recipient on one channel.</summary>
public sealed class Delivery
{
    /// <summary>The pseudo-channel recorded for a recipient no channel can reach, so that nobody is silently skipped.</summary>
    public const string NoChannel = "none";

    public long Id { get; set; }

    public long MessageId { get; set; }

    public OutboxMessage? Message { get; set; }

    public int RecipientId { get; set; }

    public Staff? Recipient { get; set; }

    public required string Channel { get; set; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Not to be tried before this instant (backoff, Retry-After).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>A dispatcher that claimed the row holds it until then; another may take it over afterwards.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public string? LeaseOwner { get; set; }

    /// <summary>The channel call this row went out in, written before the call leaves and cleared with its outcome: a
    /// row still carrying one after a crash was in a call whose outcome is unknown, and is sent again in exactly that
    /// call (WeCom recognises the identical request and does not deliver it twice).</summary>
    public string? CallKey { get; set; }

    /// <summary>How many times 重发未送达 (the 工作台) put this row back in the queue after it had not reached its
    /// recipient. It is part of the row's call key, so the call that sends it again is a new request (a new WeCom
    /// task_id, which WeCom's duplicate check does not drop as the call that did not reach him).</summary>
    public int Resends { get; set; }

    public string? ChannelMessageId { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }
}
