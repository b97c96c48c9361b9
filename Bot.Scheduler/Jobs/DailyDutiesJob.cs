using Lianzheng.Core.Hosting;
using Lianzheng.Scheduler.Duties;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Lianzheng.Scheduler.Jobs;

/// <summary>Runs <see cref="DailyDuties"/>. Fires every day at Holidays:SendAt (09:00) in the bureau's time zone; the
/// duties themselves skip off days, because Quartz's calendars cannot add the weekend make-up workdays (调休).
/// Misfire: fire once now (a bot that was down at 09:00 catches up when it starts, see <see cref="ScheduleKeeper"/>; the
/// outputs are keyed, so a second run adds nothing). A catch-up fired before the day's own send time (the bot was down
/// through an earlier day's) leaves the work to that run rather than sending the day's messages early: the duties look
/// at the day they run on, so the later run does all a run at start would. Recovery is requested, so a run cut off by a
/// crash runs again at the next start — on PostgreSQL at once on another replica, when the cluster takes the one running
/// it for dead. A duty that fails makes the run fail (Quartz logs it and tells its listeners);
/// the others still ran.</summary>
[DisallowConcurrentExecution]
public sealed partial class DailyDutiesJob(IServiceScopeFactory scopes, ILogger<DailyDutiesJob> logger) : IJob
{
    public static readonly JobKey Key = new("daily-duties", SchedulerSetup.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        if (context.Recovering)
        {
            LogRecovering(logger, context.ScheduledFireTimeUtc, ProcessIdentity.Current);
        }
        else
        {
            LogStarting(logger, context.FireTimeUtc, ProcessIdentity.Current);
        }

        if (context.ScheduledFireTimeUtc is { } scheduled && context.FireTimeUtc - scheduled > TimeSpan.FromMinutes(1))
        {
            if (scope.ServiceProvider.GetRequiredService<ScheduledTriggers>().IsBeforeSendTime(context.FireTimeUtc))
            {
                LogCatchUpLeftToSendTime(logger, scheduled);
                return;
            }

            LogCatchingUp(logger, scheduled, context.FireTimeUtc);
        }

        await scope.ServiceProvider.GetRequiredService<DailyDuties>().RunAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily duties: the run fired at {FiredAt} starts in process {Process}")]
    private static partial void LogStarting(ILogger logger, DateTimeOffset firedAt, string process);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Daily duties: recovering the run due at {Scheduled}, cut off when the process running it died; running it again " +
            "in process {Process} (what it had queued is not queued twice)")]
    private static partial void LogRecovering(ILogger logger, DateTimeOffset? scheduled, string process);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Daily duties: catching up the run due at {Scheduled}, missed while the bot was down; running it now ({FiredAt})")]
    private static partial void LogCatchingUp(ILogger logger, DateTimeOffset scheduled, DateTimeOffset firedAt);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Daily duties: the run due at {Scheduled} was missed while the bot was down; today's run at the send " +
            "time is still ahead and does its work")]
    private static partial void LogCatchUpLeftToSendTime(ILogger logger, DateTimeOffset scheduled);
}
