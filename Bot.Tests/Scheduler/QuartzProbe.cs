using Lianzheng.Core.Persistence;
using Lianzheng.Scheduler.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Lianzheng.Tests.Scheduler;

/// <summary>Reaches the Quartz scheduler of a running host: waits for it to run, fires the daily duties by hand and
/// waits for the run to finish.</summary>
internal static class QuartzProbe
{
    public static async Task<IScheduler> StartedSchedulerAsync<TEntryPoint>(WebApplicationFactory<TEntryPoint> app)
        where TEntryPoint : class
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        await Support.Eventually.TrueAsync(() => Task.FromResult(scheduler.Status == SchedulerStatus.Running), "Quartz did not start");
        return scheduler;
    }

    /// <summary>Fires the daily duties now and returns how the run ended (null: it succeeded).</summary>
    public static async Task<JobExecutionException?> FireDailyDutiesAsync(IScheduler scheduler)
    {
        var listener = new FinishedRuns();
        scheduler.ListenerManager.AddJobListener(listener, Matchers.Key(DailyDutiesJob.Key));
        try
        {
            await scheduler.TriggerJob(DailyDutiesJob.Key, TestContext.Current.CancellationToken);
            await Support.Eventually.TrueAsync(() => Task.FromResult(listener.Runs > 0), "the daily duties did not run");
            // The one-off trigger is removed once its firing is complete (a stop before that would leave it stored).
            await Support.Eventually.TrueAsync(async () => (await scheduler.GetTriggersOfJob(DailyDutiesJob.Key, TestContext.Current.CancellationToken))
                .All(t => t.Key.Group != JobKey.DefaultGroup), "the one-off trigger of the run was not removed");
            return listener.Error;
        }
        finally
        {
            scheduler.ListenerManager.RemoveJobListener(listener.Name);
        }
    }

    public static async Task<T> QueryAsync<TEntryPoint, T>(WebApplicationFactory<TEntryPoint> app, Func<LianzhengDbContext, Task<T>> query)
        where TEntryPoint : class
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }

    /// <summary>Counts the finished runs of a job and keeps the error of a failed one.</summary>
    private sealed class FinishedRuns : IJobListener
    {
        private int _runs;

        public string Name { get; } = "test-" + Guid.NewGuid().ToString("N");

        public int Runs => Volatile.Read(ref _runs);

        public JobExecutionException? Error { get; private set; }

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
        {
            Error = jobException;
            Interlocked.Increment(ref _runs);
            return ValueTask.CompletedTask;
        }
    }
}
