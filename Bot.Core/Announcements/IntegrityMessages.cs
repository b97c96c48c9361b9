using System.Globalization;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Announcements;

public enum Audience
{
    /// <summary>全体人员.</summary>
    Everyone = 1,

    /// <summary>One section.</summary>
    Section = 2,

    /// <summary>班子成员 (and the party secretary).</summary>
    Leaders = 3,
}

/// <summary>An integrity message a supervisor sends, with its confirmation count.</summary>
public sealed record MessageConfirmations(OutboxMessage Message, int Recipients, int Confirmed, IReadOnlyList<string> Pending);

/// <summary>Ad-hoc integrity messages (发送廉政提醒) from a supervisor to everyone, a section or the leaders, tracked
/// like every delivery; with confirmation, those who have not confirmed are reminded once the next day.</summary>
public sealed class IntegrityMessages(LianzhengDbContext db, Outbox.Outbox outbox, BureauClock clock)
{
    public Task<List<int>> AudienceAsync(Audience audience, int? sectionId, CancellationToken cancellationToken) => audience switch
    {
        Audience.Section => db.Staff.Where(s => s.IsActive && s.SectionId == sectionId).Select(s => s.Id).ToListAsync(cancellationToken),
        Audience.Leaders => db.Staff.Where(s => s.IsActive && s.Roles.Any(r => r.Role == StaffRole.Leader || r.Role == StaffRole.PartySecretary))
            .Select(s => s.Id).ToListAsync(cancellationToken),
        _ => db.Staff.Where(s => s.IsActive).Select(s => s.Id).ToListAsync(cancellationToken),
    };

    /// <summary>Queues the message; the same submission key twice sends it once.</summary>
    public async Task<OutboxMessage> SendAsync(
        Staff sender, string title, string text, IReadOnlyCollection<int> recipients, string? confirmLabel, string submissionKey,
        CancellationToken cancellationToken) =>
        await outbox.EnqueueAsync(new Outbox.OutboxRequest(
            OutboxKinds.IntegrityMessage,
            "integrity:" + submissionKey,
            new OutboundMessage(text, title),
            recipients,
            confirmLabel,
            sender.Id,
            RemindAt: confirmLabel is null ? null : clock.UtcNow + TimeSpan.FromDays(1)), cancellationToken);

    /// <summary>The latest messages a person sent that ask for confirmation, with who has not confirmed.</summary>
    public async Task<List<MessageConfirmations>> SentByAsync(int senderId, int take, CancellationToken cancellationToken)
    {
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.SenderId == senderId && m.ConfirmLabel != null && m.AcknowledgesMessageId == null)
            .OrderByDescending(m => m.Id).Take(take).ToListAsync(cancellationToken);
        var result = new List<MessageConfirmations>();
        foreach (var message in messages)
        {
            result.Add(await ConfirmationsAsync(message, cancellationToken));
        }

        return result;
    }

    public async Task<MessageConfirmations> ConfirmationsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var rows = await db.Deliveries.AsNoTracking().Where(d => d.MessageId == message.Id)
            .Select(d => new { d.RecipientId, d.Recipient!.Name, d.ConfirmedAt }).ToListAsync(cancellationToken);
        var people = rows.GroupBy(r => r.RecipientId).Select(g => (g.First().Name, Confirmed: g.Any(r => r.ConfirmedAt != null))).ToList();
        return new MessageConfirmations(message, people.Count, people.Count(p => p.Confirmed), [.. people.Where(p => !p.Confirmed).Select(p => p.Name)]);
    }

    public static string Key(Guid id) => id.ToString("N", CultureInfo.InvariantCulture);
}
