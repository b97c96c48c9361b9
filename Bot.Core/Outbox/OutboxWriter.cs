using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Outbox;

/// <summary>Writes messages for people into the outbox: one message row, one delivery row per recipient and channel.</summary>
public sealed class OutboxWriter(LianzhengDbContext db, DatabaseBackend backend, IEnumerable<IChannelReach> channels, TimeProvider time)
{
    /// <summary>Chinese kept readable in the stored JSON; a button that is no link is stored without a Url, as before links.</summary>
    private static readonly JsonSerializerOptions StoredJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Queues a message and saves it (inside the caller's transaction, if any). A second call with the same
    /// source key adds nothing and returns the first message. A recipient no channel reaches gets a delivery row
    /// on <see cref="Delivery.NoChannel"/> marked unreachable, so that reports show him.</summary>
    public async Task<OutboxMessage> EnqueueAsync(OutboxRequest request, CancellationToken cancellationToken)
    {
        var existing = await db.OutboxMessages.FirstOrDefaultAsync(m => m.SourceKey == request.SourceKey, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            Kind = request.Kind,
            SourceKey = request.SourceKey,
            Title = request.Message.Title ?? "",
            Body = request.Message.Text,
            FactsJson = JsonSerializer.Serialize(request.Message.Facts, StoredJson),
            ButtonsJson = JsonSerializer.Serialize(request.Message.Buttons, StoredJson),
            ConfirmLabel = request.ConfirmLabel,
            SenderId = request.SenderId,
            CreatedAt = now,
            RemindAt = request.ConfirmLabel is null ? null : request.RemindAt,
            AcknowledgesMessageId = request.AcknowledgesMessageId,
        };
        var ids = request.RecipientIds.Distinct().ToList();
        var recipients = await db.Staff.AsNoTracking().Include(s => s.ChannelIdentities)
            .Where(s => EF.Parameter(ids).Contains(s.Id) && s.IsActive) // one JSON parameter, not one per id
            .ToListAsync(cancellationToken);
        var deliveries = new List<Delivery>(recipients.Count * 2);
        foreach (var recipient in recipients)
        {
            var reachable = channels.Where(c => c.CanReach(recipient)).Select(c => c.Channel).Distinct().ToList();
            foreach (var channel in reachable)
            {
                deliveries.Add(new Delivery { RecipientId = recipient.Id, Channel = channel, NextAttemptAt = now });
            }

            if (reachable.Count == 0)
            {
                deliveries.Add(new Delivery
                {
                    RecipientId = recipient.Id,
                    Channel = Delivery.NoChannel,
                    Status = DeliveryStatus.Unreachable,
                    LastError = "no channel reaches this person",
                });
            }
        }

        // The message and all its deliveries in one transaction (the caller's, if any); the rows go in with one
        // prepared statement, as a message to the whole staff has tens of thousands of them.
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var delivery in deliveries)
        {
            delivery.MessageId = message.Id;
        }

        await BulkInsert.InsertAsync(db, backend, deliveries, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // The rows are in the database, not in the change tracker: detached, the message can carry them without a later
        // SaveChanges of the caller inserting them again.
        db.Entry(message).State = EntityState.Detached;
        message.Deliveries = deliveries;
        return message;
    }

    /// <summary>Records that a recipient confirmed (收到/已阅) a message, on every channel it went to, and with it the
    /// reminders of it.</summary>
    public async Task<ConfirmOutcome> ConfirmAsync(long messageId, int recipientId, CancellationToken cancellationToken)
    {
        var deliveries = await db.Deliveries
            .Where(d => (d.MessageId == messageId || d.Message!.AcknowledgesMessageId == messageId)
                && d.RecipientId == recipientId && d.Message!.ConfirmLabel != null)
            .ToListAsync(cancellationToken);
        if (deliveries.Count == 0)
        {
            return ConfirmOutcome.NotFound;
        }

        if (deliveries.Any(d => d.ConfirmedAt is not null))
        {
            return ConfirmOutcome.AlreadyConfirmed;
        }

        var now = time.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            delivery.ConfirmedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ConfirmOutcome.Confirmed;
    }

    /// <summary>Rebuilds the channel-neutral message stored in a row, with its confirm button when it asks for one.</summary>
    public static OutboundMessage ToOutbound(OutboxMessage message)
    {
        var buttons = JsonSerializer.Deserialize<List<MessageButton>>(message.ButtonsJson) ?? [];
        if (message.ConfirmLabel is { } label && buttons.Count < OutboundMessage.MaxButtons)
        {
            buttons.Insert(0, new MessageButton(label, Actions.Acknowledge(message.AcknowledgesMessageId ?? message.Id)));
        }

        return new OutboundMessage(
            message.Body,
            string.IsNullOrEmpty(message.Title) ? null : message.Title,
            JsonSerializer.Deserialize<List<Fact>>(message.FactsJson),
            buttons,
            message.RequiresConfirmation);
    }
}
