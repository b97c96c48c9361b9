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

    public string? ChannelMessageId { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }
}
