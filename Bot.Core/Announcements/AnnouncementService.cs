using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Announcements;

/// <summary>Integrity messages (发送廉政提醒) from a supervisor to everyone, a section or the leaders, once or every
/// month, tracked like every delivery; with confirmation, those who have not confirmed are reminded once the next day.</summary>
public sealed class AnnouncementService(LianzhengDbContext db, OutboxWriter outbox, AuditTrail audit, BureauClock clock)
{
    public const string SentAction = "message.sent";

    public Task<List<int>> AudienceAsync(Audience audience, int? sectionId, CancellationToken cancellationToken) => audience switch
    {
        Audience.Section => db.Staff.Where(s => s.IsActive && s.SectionId == sectionId).Select(s => s.Id).ToListAsync(cancellationToken),
        Audience.Leaders => db.Staff.Where(s => s.IsActive && s.Roles.Any(r => r.Role == StaffRole.Leader || r.Role == StaffRole.PartySecretary))
            .Select(s => s.Id).ToListAsync(cancellationToken),
        _ => db.Staff.Where(s => s.IsActive && !s.Roles.Any(r => r.Role == StaffRole.DisciplineInspectionGroup)).Select(s => s.Id).ToListAsync(cancellationToken),
    };

    /// <summary>Queues the message and writes who sent it to whom to the audit trail; the same submission key twice sends
    /// it once (and writes one entry).</summary>
    public async Task<OutboxMessage> SendAsync(
        Staff sender, string title, string text, IReadOnlyCollection<int> recipients, string? confirmLabel, string submissionKey,
        CancellationToken cancellationToken)
    {
        var key = "integrity:" + submissionKey;
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var repeated = await db.OutboxMessages.AnyAsync(m => m.SourceKey == key, cancellationToken);
        var message = await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.IntegrityMessage,
            key,
            new OutboundMessage(text, title, [AnnouncementTexts.Sender(sender.Name)]),
            recipients,
            confirmLabel,
            sender.Id,
            RemindAt: confirmLabel is null ? null : clock.UtcNow + TimeSpan.FromDays(1)), cancellationToken);
        if (!repeated)
        {
            await audit.AppendAsync(sender.Id, SentAction, nameof(OutboxMessage), message.Id.ToString(CultureInfo.InvariantCulture),
                new { kind = message.Kind, title, recipients = recipients.Distinct().Count(), confirmLabel }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return message;
    }

    /// <summary>Sets a message to go out every month on <paramref name="dayOfMonth"/> (or the next working day).</summary>
    public async Task<RecurringAnnouncement> ScheduleMonthlyAsync(
        Staff sender, string title, string text, Audience audience, int? sectionId, string? confirmLabel, int dayOfMonth, CancellationToken cancellationToken)
    {
        var recurring = new RecurringAnnouncement
        {
            SenderId = sender.Id,
            Title = title,
            Text = text,
            Audience = audience,
            SectionId = sectionId,
            ConfirmLabel = confirmLabel,
            DayOfMonth = Math.Clamp(dayOfMonth, 1, 28),
            CreatedAt = clock.UtcNow,
        };
        db.RecurringAnnouncements.Add(recurring);
        await db.SaveChangesAsync(cancellationToken);
        return recurring;
    }

    public Task<List<RecurringAnnouncement>> RecurringOfAsync(int senderId, CancellationToken cancellationToken) =>
        db.RecurringAnnouncements.AsNoTracking().Where(m => m.SenderId == senderId && m.IsActive).OrderBy(m => m.Id).ToListAsync(cancellationToken);

    /// <summary>Stops a monthly message of this sender; false when there is none such.</summary>
    public async Task<bool> StopAsync(int senderId, int recurringId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var stopped = await db.RecurringAnnouncements.Where(m => m.Id == recurringId && m.SenderId == senderId && m.IsActive)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.IsActive, false).SetProperty(m => m.StoppedAt, clock.UtcNow), cancellationToken) == 1;
        await transaction.CommitAsync(cancellationToken);
        return stopped;
    }

    /// <summary>Sends this month's message of every monthly message due today: on its day, or the first working day
    /// after it (later in the month when the bot was down); never twice a month, never for a month before it was set.</summary>
    public async Task<int> SendDueMonthlyAsync(WorkCalendar calendar, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var sent = 0;
        foreach (var recurring in await db.RecurringAnnouncements.AsNoTracking().Where(m => m.IsActive).ToListAsync(cancellationToken))
        {
            var day = new DateOnly(today.Year, today.Month, recurring.DayOfMonth);
            while (!calendar.IsWorkday(day) && day.Month == today.Month)
            {
                day = day.AddDays(1);
            }

            var created = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(recurring.CreatedAt, clock.TimeZone).DateTime);
            if (day.Month != today.Month || today < day || day < created)
            {
                continue;
            }

            var sender = await db.Staff.AsNoTracking().FirstAsync(s => s.Id == recurring.SenderId, cancellationToken);
            var recipients = await AudienceAsync(recurring.Audience, recurring.SectionId, cancellationToken);
            await outbox.EnqueueAsync(new OutboxRequest(
                OutboxKinds.IntegrityMessage,
                $"recurring:{recurring.Id}:{today:yyyy-MM}",
                new OutboundMessage(recurring.Text, recurring.Title, [AnnouncementTexts.Sender(sender.Name)]),
                recipients,
                recurring.ConfirmLabel,
                sender.Id,
                RemindAt: recurring.ConfirmLabel is null ? null : clock.UtcNow + TimeSpan.FromDays(1)), cancellationToken);
            sent++;
        }

        return sent;
    }

    /// <summary>The latest messages a person sent that ask for confirmation, with who has not confirmed.</summary>
    public async Task<List<AnnouncementConfirmations>> SentByAsync(int senderId, int take, CancellationToken cancellationToken) =>
        (await PageAsync(Confirmable().Where(m => m.SenderId == senderId), 0, take, cancellationToken)).Page;

    /// <summary>The whole bureau's messages that ask for confirmation (whoever sent them, the bot's own too; not the
    /// reminders of them), the latest first: <paramref name="take"/> of them after <paramref name="skip"/>, and whether
    /// more follow.</summary>
    public Task<(List<AnnouncementConfirmations> Page, bool More)> ConfirmableAsync(int skip, int take, CancellationToken cancellationToken) =>
        PageAsync(Confirmable(), skip, take, cancellationToken);

    private IQueryable<OutboxMessage> Confirmable() =>
        db.OutboxMessages.AsNoTracking().Where(m => m.ConfirmLabel != null && m.AcknowledgesMessageId == null);

    private async Task<(List<AnnouncementConfirmations> Page, bool More)> PageAsync(
        IQueryable<OutboxMessage> messages, int skip, int take, CancellationToken cancellationToken)
    {
        var page = await messages.OrderByDescending(m => m.Id).Skip(skip).Take(take + 1).ToListAsync(cancellationToken);
        var result = new List<AnnouncementConfirmations>();
        foreach (var message in page.Take(take))
        {
            result.Add(await ConfirmationsAsync(message, cancellationToken));
        }

        return (result, page.Count > take);
    }

    public async Task<AnnouncementConfirmations> ConfirmationsAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var rows = await db.Deliveries.AsNoTracking().Where(d => d.MessageId == message.Id)
            .Select(d => new { d.RecipientId, d.Recipient!.Name, d.ConfirmedAt }).ToListAsync(cancellationToken);
        var people = rows.GroupBy(r => r.RecipientId).Select(g => (g.First().Name, Confirmed: g.Any(r => r.ConfirmedAt != null))).ToList();
        return new AnnouncementConfirmations(message, people.Count, people.Count(p => p.Confirmed), [.. people.Where(p => !p.Confirmed).Select(p => p.Name)]);
    }

    public static string Key(Guid id) => id.ToString("N", CultureInfo.InvariantCulture);
}
