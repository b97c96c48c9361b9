using Lianzheng.Core.Holidays;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Scheduler.Outbox;

/// <summary>Reminds, once, everyone who has not confirmed a message by its reminder time. The reminder is a message of
/// its own (keyed by the one it reminds of, so a re-run adds nothing) whose button confirms the original. Reminders
/// wait for working hours (08:00–20:00 bureau time) on a working day: nobody is nudged at night or on a holiday.</summary>
public sealed class ReminderSweep(LianzhengDbContext db, OutboxWriter outbox, HolidayCalendarStore calendars, BureauClock clock)
{
    private static readonly TimeOnly DayStarts = new(8, 0);
    private static readonly TimeOnly DayEnds = new(20, 0);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var local = TimeOnly.FromDateTime(clock.LocalNow.DateTime);
        if (local < DayStarts || local >= DayEnds || !(await calendars.LoadAsync(cancellationToken)).IsWorkday(clock.Today))
        {
            return 0;
        }

        var now = clock.UtcNow;
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.RemindAt != null && m.RemindAt <= now && m.RemindedAt == null && m.ConfirmLabel != null)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken);
        foreach (var message in due)
        {
            var unconfirmed = await UnconfirmedReminder.UnconfirmedAsync(db, message.Id, cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (unconfirmed.Count > 0)
            {
                await outbox.EnqueueAsync(UnconfirmedReminder.Of(message, unconfirmed, UnconfirmedReminder.SweepKey(message.Id)), cancellationToken);
            }

            await db.OutboxMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.RemindedAt, now), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return due.Count;
    }
}
