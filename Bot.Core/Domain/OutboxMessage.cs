namespace Lianzheng.Core.Domain;

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

public enum DeliveryStatus
{
    Pending = 1,
    Delivered = 2,
    Unreachable = 3,
    Failed = 4,
}

/// <summary>The kinds of outbox messages.</summary>
public static class OutboxKinds
{
    public const string FilingNotice = "filing-notice";
    public const string HolidayMessage = "holiday";
    public const string IntegrityMessage = "integrity";
    public const string Reminder = "reminder";
    public const string TalkDue = "talk-due";
    public const string PreAuditTalkDue = "preaudit-talk-due";
    public const string PreAuditReminder = "preaudit-reminder";
    public const string FollowUp = "follow-up";
    public const string IdentityNotice = "identity-notice";
}
