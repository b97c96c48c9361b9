namespace Lianzheng.Core.Outbox;

/// <summary>A message the bot sends to people: a notification, reminder or announcement.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    /// <summary>What kind of message this is (see <see cref="OutboxKinds"/>); reports group by it.</summary>
    public required string Kind { get; set; }

    /// <summary>Idempotency key: enqueueing the same key twice adds nothing.</summary>
    public required string SourceKey { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    /// <summary>The channel-neutral facts and buttons, as JSON.</summary>
    public required string FactsJson { get; set; }

    public required string ButtonsJson { get; set; }

    /// <summary>The label of the confirm button (收到、已阅…); null when the message asks no confirmation.</summary>
    public string? ConfirmLabel { get; set; }

    public bool RequiresConfirmation => ConfirmLabel is not null;

    /// <summary>Who caused the message (null: the bot itself).</summary>
    public int? SenderId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When those who have not confirmed are reminded once (null: never).</summary>
    public DateTimeOffset? RemindAt { get; set; }

    /// <summary>When the reminder was queued.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>For a reminder: the message its confirm button confirms (the one it reminds of).</summary>
    public long? AcknowledgesMessageId { get; set; }

    public List<Delivery> Deliveries { get; set; } = [];
}
