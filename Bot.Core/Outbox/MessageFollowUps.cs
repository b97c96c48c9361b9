using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Outbox;

/// <summary>What a 廉政监督员 does about a message after it went out (the 工作台's 提醒未确认 and 重发未送达), each written
/// to the audit trail with who asked (chat has no such actions, so the entries are the trail's only record of them).</summary>
public sealed class MessageFollowUps(LianzhengDbContext db, OutboxWriter outbox, IEnumerable<IChannelReach> channels, AuditTrail audit, TimeProvider time)
{
    public const string RemindedAction = "message.reminded";
    public const string ResentAction = "message.resent";

    /// <summary>Sends the bot's reminder of an unconfirmed message (the one the reminder sweep sends by itself) now, to
    /// everyone who has not confirmed it. One reminder per submission: the same submission key again sends nothing.
    /// Null when the message is not one that asks for confirmation.</summary>
    public async Task<FollowUpResult?> RemindUnconfirmedAsync(Staff actor, long messageId, string submissionKey, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.AsNoTracking()
            .FirstOrDefaultAsync(m => m.Id == messageId && m.ConfirmLabel != null && m.AcknowledgesMessageId == null, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var key = UnconfirmedReminder.RequestKey(messageId, submissionKey);
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        FollowUpResult result;
        if (await db.OutboxMessages.AsNoTracking().Where(m => m.SourceKey == key).Select(m => (long?)m.Id).FirstOrDefaultAsync(cancellationToken) is { } sent)
        {
            result = new FollowUpResult(
                await db.Deliveries.Where(d => d.MessageId == sent).Select(d => d.RecipientId).Distinct().CountAsync(cancellationToken), Repeated: true);
        }
        else if (await UnconfirmedReminder.UnconfirmedAsync(db, messageId, cancellationToken) is { Count: > 0 } unconfirmed)
        {
            var reminder = await outbox.EnqueueAsync(UnconfirmedReminder.Of(message, unconfirmed, key, actor.Id), cancellationToken);
            await audit.AppendAsync(actor.Id, RemindedAction, nameof(OutboxMessage), Id(messageId),
                new { reminder = reminder.Id, recipients = unconfirmed.Count }, cancellationToken);
            result = new FollowUpResult(unconfirmed.Count);
        }
        else
        {
            result = new FollowUpResult(0);
        }

        // Committed whichever way it went: a transaction left open holds the database's write gate until its connection closes.
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Sends the message again to the people it has reached on no channel, on each channel that reaches them
    /// now: a delivery that was unreachable or failed goes back in the queue (its call a new request), a channel they
    /// gained since gets a delivery of its own; one still queued stays as it is. Nobody it reached gets it again, and a
    /// delivery put back is queued, so pressing twice sends nothing more. Null when there is no such message.</summary>
    public async Task<FollowUpResult?> ResendUndeliveredAsync(Staff actor, long messageId, CancellationToken cancellationToken)
    {
        if (!await db.OutboxMessages.AnyAsync(m => m.Id == messageId, cancellationToken))
        {
            return null;
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var rows = await db.Deliveries.AsNoTracking().Where(d => d.MessageId == messageId)
            .Select(d => new { d.Id, d.RecipientId, d.Channel, d.Status, d.LastError }).ToListAsync(cancellationToken);
        var unreached = rows.GroupBy(r => r.RecipientId).Where(g => g.All(r => r.Status != DeliveryStatus.Delivered)).Select(g => g.Key).ToList();
        var people = await db.Staff.AsNoTracking().Include(s => s.ChannelIdentities)
            .Where(s => EF.Parameter(unreached).Contains(s.Id) && s.IsActive).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var again = new List<long>();
        var added = new List<Delivery>();
        foreach (var person in people)
        {
            foreach (var channel in channels.Where(c => c.CanReach(person)).Select(c => c.Channel).Distinct())
            {
                if (rows.FirstOrDefault(r => r.RecipientId == person.Id && r.Channel == channel) is { } row)
                {
                    if (row.Status is DeliveryStatus.Unreachable or DeliveryStatus.Failed)
                    {
                        again.Add(row.Id);
                    }
                }
                else
                {
                    added.Add(new Delivery { MessageId = messageId, RecipientId = person.Id, Channel = channel, NextAttemptAt = now });
                }
            }
        }

        // Only rows still not delivered are put back: a second submission finds them queued and leaves them.
        var requeued = again.Count == 0 ? 0 : await db.Deliveries
            .Where(d => EF.Parameter(again).Contains(d.Id) && (d.Status == DeliveryStatus.Unreachable || d.Status == DeliveryStatus.Failed))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DeliveryStatus.Pending).SetProperty(d => d.Resends, d => d.Resends + 1)
                .SetProperty(d => d.Attempts, 0).SetProperty(d => d.LastError, (string?)null).SetProperty(d => d.NextAttemptAt, now), cancellationToken);
        db.Deliveries.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        var sentTo = people.Where(p => again.Any(id => rows.First(r => r.Id == id).RecipientId == p.Id) || added.Any(d => d.RecipientId == p.Id))
            .Select(p => p.Id).ToList();
        var queued = rows.Where(r => r.Status == DeliveryStatus.Pending).Select(r => r.RecipientId).ToHashSet();
        var result = new FollowUpResult(sentTo.Count, unreached.Count(p => !sentTo.Contains(p) && !queued.Contains(p)));
        if (requeued + added.Count > 0)
        {
            await audit.AppendAsync(actor.Id, ResentAction, nameof(OutboxMessage), Id(messageId), new
            {
                recipients = sentTo,
                deliveries = requeued + added.Count,
                stillUnreachable = result.StillUnreachable,
                before = rows.Where(r => again.Contains(r.Id)).Select(r => new { r.Id, r.Channel, status = r.Status.ToString(), r.LastError }),
            }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
