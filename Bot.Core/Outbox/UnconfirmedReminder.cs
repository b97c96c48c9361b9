using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Outbox;

/// <summary>The reminder of a message to those who have not confirmed it, as the reminder sweep sends it once by itself
/// and the 工作台's 提醒未确认 sends it on request: a message of its own, with the original's text after
/// <see cref="ReminderTexts.Prefix"/> and its buttons, whose confirm button confirms the original.</summary>
public static class UnconfirmedReminder
{
    /// <summary>The key of the one reminder the sweep sends of a message.</summary>
    public static string SweepKey(long messageId) => "reminder:" + messageId.ToString(CultureInfo.InvariantCulture);

    /// <summary>The key of a reminder asked for on the 工作台: one per submission of the form.</summary>
    public static string RequestKey(long messageId, string submissionKey) => SweepKey(messageId) + ":" + submissionKey;

    /// <summary>The people a channel reaches who have confirmed the message on none of its deliveries.</summary>
    public static Task<List<int>> UnconfirmedAsync(LianzhengDbContext db, long messageId, CancellationToken cancellationToken) =>
        db.Deliveries.AsNoTracking()
            .Where(d => d.MessageId == messageId && d.Channel != Delivery.NoChannel)
            .GroupBy(d => d.RecipientId)
            .Where(g => g.All(d => d.ConfirmedAt == null))
            .Select(g => g.Key)
            // Someone who has left is not reminded (the outbox would drop him), nor counted among those reminded.
            .Where(id => db.Staff.Any(s => s.Id == id && s.IsActive))
            .ToListAsync(cancellationToken);

    /// <summary>The reminder of <paramref name="message"/> (a message asking for confirmation) to <paramref name="unconfirmed"/>.</summary>
    public static OutboxRequest Of(OutboxMessage message, IReadOnlyCollection<int> unconfirmed, string sourceKey, int? senderId = null)
    {
        var original = OutboxWriter.ToOutbound(message);
        return new OutboxRequest(
            OutboxKinds.Reminder,
            sourceKey,
            // The original's own buttons (查看完整条文…) come along; its confirm button is the reminder's own.
            new OutboundMessage(ReminderTexts.Prefix + message.Body, message.Title.Length > 0 ? message.Title : null, original.Facts,
                [.. original.Buttons.Where(b => b.Action != Actions.Acknowledge(message.AcknowledgesMessageId ?? message.Id))]),
            unconfirmed,
            message.ConfirmLabel,
            senderId,
            AcknowledgesMessageId: message.Id);
    }
}
