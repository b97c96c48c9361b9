using Lianzheng.Core.Persistence;
using Lianzheng.Scheduler.Outbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Lianzheng.Scheduler;

/// <summary>Puts the triggers in order and starts Quartz, once every other service has started (the database is
/// migrated), so that /healthz reports a running scheduler as soon as the host has started. A stored trigger whose
/// schedule is unchanged is kept as it is, with its fire times: a daily run missed while the bot was down is still due,
/// and Quartz fires it once when it starts (the catch-up; <see cref="Jobs.DailyDutiesJob"/> leaves it to the day's own
/// run when the start comes before the send time). Only a trigger that is absent is scheduled anew, and only one whose
/// schedule changed in configuration is replaced; when the daily one is, a run that its new time called for since the
/// old one last fired is caught up the same way. Scheduling the triggers at each start, as Quartz does with declared
/// triggers, would compute their next fire from now and lose the missed run.</summary>
internal sealed partial class ScheduleKeeper(
    ISchedulerFactory schedulers, ScheduledTriggers triggers, DatabaseBackend backend, ILogger<ScheduleKeeper> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>With several replicas on PostgreSQL, one at a time: the first creates Quartz's tables and the triggers,
    /// the next finds them (and a changed schedule is replaced once, not raced).</summary>
    public Task StartedAsync(CancellationToken cancellationToken) => backend.RunAloneAsync(PostgresBackend.SchedulerLock, async ct =>
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var time = scheduler.TimeProvider;
        var now = time.GetUtcNow();
        await KeepAsync(scheduler, triggers.DailyDuties(time), catchUpAfterChange: true, now, ct);
        await KeepAsync(scheduler, triggers.ReminderSweep(time), catchUpAfterChange: false, now, ct);
        await scheduler.Start(ct);
    }, cancellationToken);

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task KeepAsync(IScheduler scheduler, ITrigger wanted, bool catchUpAfterChange, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await scheduler.GetTrigger(wanted.Key, cancellationToken);
        if (stored is null)
        {
            var first = await scheduler.ScheduleJob(wanted, cancellationToken: cancellationToken);
            var schedule = Describe(wanted); // once a start; a string either way
            LogScheduled(logger, wanted.Key, schedule, first);
            return;
        }

        if (ScheduledTriggers.SameSchedule(stored, wanted))
        {
            if (stored.NextFireTimeUtc is { } due && due < now)
            {
                LogKeptMissed(logger, wanted.Key, due);
            }
            else
            {
                LogKept(logger, wanted.Key, stored.NextFireTimeUtc);
            }

            return;
        }

        // A replacement's first fire is computed from now, so a run its new time called for while the bot was down
        // would be lost with the old trigger: that run is fired once by hand instead, unless today's own run is still
        // ahead (as DailyDutiesJob does with a misfire).
        var next = await scheduler.ScheduleJob(wanted, new ScheduleJobOptions { Replace = true }, cancellationToken);
        LogReplaced(logger, wanted.Key, Describe(stored), Describe(wanted), next);
        if (catchUpAfterChange && wanted is ICronTrigger { CronExpressionString: { } expression } cron
            && new CronExpression(expression, cron.TimeZone).GetNextValidTimeAfter(stored.PreviousFireTimeUtc ?? stored.StartTimeUtc) is { } missed
            && missed < now && !triggers.IsBeforeSendTime(now))
        {
            LogCatchingUpAfterChange(logger, wanted.Key, missed);
            await scheduler.TriggerJob(wanted.JobKey, cancellationToken: cancellationToken);
        }
    }

    private static string Describe(ITrigger trigger) => trigger switch
    {
        ICronTrigger cron => $"cron '{cron.CronExpressionString}' in {cron.TimeZone.Id}",
        ISimpleTrigger simple => $"every {simple.RepeatInterval}",
        _ => trigger.GetType().Name,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled {Trigger} ({Schedule}): first fire at {FirstFire}")]
    private static partial void LogScheduled(ILogger logger, TriggerKey trigger, string schedule, DateTimeOffset firstFire);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kept {Trigger} as stored: next fire at {NextFire}")]
    private static partial void LogKept(ILogger logger, TriggerKey trigger, DateTimeOffset? nextFire);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kept {Trigger} as stored: it was due at {Due} while the bot was down; its misfire policy applies as Quartz starts")]
    private static partial void LogKeptMissed(ILogger logger, TriggerKey trigger, DateTimeOffset due);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Replaced {Trigger}: its schedule changed from {Old} to {New}; next fire at {NextFire}")]
    private static partial void LogReplaced(ILogger logger, TriggerKey trigger, string old, string @new, DateTimeOffset nextFire);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Trigger}: the run its new schedule called for at {Missed} was missed while the bot was down; it runs once now")]
    private static partial void LogCatchingUpAfterChange(ILogger logger, TriggerKey trigger, DateTimeOffset missed);
}
