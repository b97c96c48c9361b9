using Lianzheng.Scheduler.Duties;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Lianzheng.Scheduler.Jobs;

/// <summary>Runs <see cref="DailyDuties"/>. Fires every day at Holidays:SendAt (09:00) in the bureau's time zone; the
/// duties themselves skip off days, because Quartz's calendars cannot add the weekend make-up workdays (调休).
/// Misfire: fire once now (a bot that was down at 09:00 catches up when it starts; the outputs are keyed, so a second
/// run adds nothing). Recovery is requested, so a run cut off by a crash runs again at the next start.</summary>
[DisallowConcurrentExecution]
public sealed class DailyDutiesJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("daily-duties", SchedulerSetup.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DailyDuties>().RunAsync(cancellationToken);
    }
}
