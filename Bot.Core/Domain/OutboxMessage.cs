namespace Lianzheng.Core.Domain;

/// <summary>A message the bot sends to people: a notification, reminder or announcement.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string Kind { get; set; }

    /// <summary>Idempotency key: enqueueing the same key twice adds nothing.</summary>
    public required string SourceKey { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>The channel-neutral facts and buttons, as JSON.</summary>
    public required string FactsJson { get; set; }

    public required string ButtonsJson { get; set; }

    public bool RequiresConfirmation { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Delivery> Deliveries { get; set; } = [];
}

/// <summary>One message to one recipient on one channel.</summary>
public sealed class Delivery
{
    public long Id { get; set; }

    public long MessageId { get; set; }

    public OutboxMessage? Message { get; set; }

    public int RecipientId { get; set; }

    public Staff? Recipient { get; set; }

    public required string Channel { get; set; }

    public DeliveryStatus Status { get; set; } = DeliveryStatus.Pending;

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    public string? ChannelMessageId { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }
}

public enum DeliveryStatus
{
    Pending = 1,
    Delivered = 2,
    Unreachable = 3,
    Failed = 4,
}
