using Lianzheng.Core.Announcements;
using System.Globalization;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Holidays;

/// <summary>Queues the holiday integrity message for everyone on the staff at the holiday's send time (Holidays:SendAt on
/// the Holidays:WorkdaysBefore-th working day before the first off day). Holidays taken together (国庆 with 中秋) get one
/// message. Run late — the bot was down on the send day — it still sends, up to the day before the holiday; never twice
/// (the message is keyed by its first off day).</summary>
public sealed class HolidayMessages(
    LianzhengDbContext db, HolidayCalendarStore calendars, HolidayTemplates templates, OutboxWriter outbox, BureauClock clock,
    IOptions<HolidayOptions> options)
{
    public async Task<IReadOnlyList<OutboxMessage>> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.LocalNow;
        var today = DateOnly.FromDateTime(now.DateTime);
        var calendar = await calendars.LoadAsync(cancellationToken);
        var due = new[] { today.Year, today.Year + 1 }
            .SelectMany(year => calendar.NodesOf(year, settings.WorkdaysBefore))
            .Where(n => n.SendDate <= today && today < n.FirstOffDay && (n.SendDate < today || TimeOnly.FromDateTime(now.DateTime) >= settings.SendAt))
            .GroupBy(n => n.FirstOffDay)
            .ToList();
        if (due.Count == 0)
        {
            return [];
        }

        // The 派驻纪检监察组 is outside the bureau's staff: holiday messages are not theirs.
        var everyone = await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && !s.Roles.Any(r => r.Role == StaffRole.DisciplineInspectionGroup)).Select(s => s.Id).ToListAsync(cancellationToken);
        var queued = new List<OutboxMessage>();
        foreach (var holiday in due)
        {
            var nodes = holiday.OrderBy(n => n.Date).ToList();
            var first = nodes[0];
            var name = string.Join("、", nodes.Select(n => n.Name));
            var template = await templates.GetAsync([.. nodes.Select(n => n.Key)], cancellationToken);
            var text = templates.Fill(template, name, first.FirstOffDay, first.LastOffDay);
            var remindAt = ReminderTime(calendar, clock.UtcNow + settings.ReminderAfter);
            queued.Add(await outbox.EnqueueAsync(new OutboxRequest(
                OutboxKinds.HolidayMessage,
                $"holiday:{first.FirstOffDay:yyyy-MM-dd}",
                new OutboundMessage(text, templates.Fill(HolidayTexts.MessageTitle, name, first.FirstOffDay, first.LastOffDay),
                    [
                        new Fact(HolidayMessageTexts.OffDays, $"{DomainNames.Date(first.FirstOffDay)} 至 {DomainNames.Date(first.LastOffDay)}"),
                        AnnouncementTexts.Sender(null),
                    ],
                    [AuditDiscipline.ShowFullTextButton]),
                everyone,
                settings.ConfirmLabel,
                RemindAt: remindAt), cancellationToken));
        }

        return queued;
    }

    /// <summary>A reminder that would fall on an off day waits for the next working day, at the same time of day.</summary>
    private DateTimeOffset ReminderTime(WorkCalendar calendar, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, clock.TimeZone);
        var day = DateOnly.FromDateTime(local.DateTime);
        while (!calendar.IsWorkday(day))
        {
            day = day.AddDays(1);
        }

        return clock.ToUtc(day, TimeOnly.FromDateTime(local.DateTime));
    }
}
