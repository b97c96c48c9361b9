using System.Text.Json;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Outbox;

/// <summary>Tells whether a channel can reach a staff member; each channel the host runs registers one.</summary>
public interface IChannelReach
{
    string Channel { get; }

    bool CanReach(Staff staff);
}

/// <summary>Writes messages for people into the outbox: one message row, one delivery row per recipient and channel.</summary>
public sealed class Outbox(LianzhengDbContext db, IEnumerable<IChannelReach> channels, TimeProvider time)
{
    /// <summary>Queues a message; a second call with the same source key adds nothing and returns the first message.</summary>
    public async Task<OutboxMessage> EnqueueAsync(
        string kind, string sourceKey, OutboundMessage message, IReadOnlyCollection<int> recipientIds, CancellationToken cancellationToken)
    {
        var existing = await db.OutboxMessages.FirstOrDefaultAsync(m => m.SourceKey == sourceKey, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var outboxMessage = new OutboxMessage
        {
            Kind = kind,
            SourceKey = sourceKey,
            Title = message.Title ?? "",
            Body = message.Text,
            FactsJson = JsonSerializer.Serialize(message.Facts),
            ButtonsJson = JsonSerializer.Serialize(message.Buttons),
            RequiresConfirmation = message.AsksConfirmation,
            CreatedAt = time.GetUtcNow(),
        };
        var recipients = await db.Staff.Include(s => s.ChannelIdentities)
            .Where(s => recipientIds.Contains(s.Id) && s.IsActive)
            .ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            foreach (var channel in channels.Where(c => c.CanReach(recipient)).Select(c => c.Channel).Distinct())
            {
                outboxMessage.Deliveries.Add(new Delivery { RecipientId = recipient.Id, Channel = channel });
            }
        }

        db.OutboxMessages.Add(outboxMessage);
        await db.SaveChangesAsync(cancellationToken);
        return outboxMessage;
    }

    /// <summary>Records that a recipient confirmed (收到/已阅) a message, on every channel it went to; true if anything changed.</summary>
    public async Task<bool> ConfirmAsync(long messageId, int recipientId, CancellationToken cancellationToken)
    {
        var deliveries = await db.Deliveries
            .Where(d => d.MessageId == messageId && d.RecipientId == recipientId && d.ConfirmedAt == null)
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var delivery in deliveries)
        {
            delivery.ConfirmedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return deliveries.Count > 0;
    }

    /// <summary>Rebuilds the channel-neutral message stored in a row.</summary>
    public static OutboundMessage ToOutbound(OutboxMessage message) => new(
        message.Body,
        string.IsNullOrEmpty(message.Title) ? null : message.Title,
        JsonSerializer.Deserialize<List<Fact>>(message.FactsJson),
        JsonSerializer.Deserialize<List<MessageButton>>(message.ButtonsJson),
        message.RequiresConfirmation);
}
