using Lianzheng.Scheduler.Duties;
using Lianzheng.Scheduler.Outbox;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Lianzheng.Scheduler.Jobs;

/// <summary>Runs <see cref="ReminderSweep"/> every Scheduler:ReminderSweepInterval. Misfire: skip to the next slot with
/// the remaining count (one sweep finds everything that came due while it did not run, so missed sweeps need no
/// burst of catch-up runs).</summary>
[DisallowConcurrentExecution]
public sealed class ReminderSweepJob(IServiceScopeFactory scopes) : IJob
{
    public static readonly JobKey Key = new("reminder-sweep", SchedulerSetup.Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(cancellationToken);
    }
}
