using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Scheduler.Jobs;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Lianzheng.Tests.Scheduler;

/// <summary>Quartz clustered on PostgreSQL: replicas share its tables, and a trigger fires on one of them.</summary>
public sealed class QuartzClusterTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly Dictionary<string, string> Settings = new() { ["Logging:LogLevel:Lianzheng.Scheduler"] = "Information" };

    [Fact]
    public async Task Two_replicas_started_after_a_missed_nine_oclock_run_the_days_duties_once_between_them()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        // 2026-02-13, a Friday: the 春节 message is due at 09:00. The bureau's first start stores the trigger.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 8, 30, 0, Shanghai));
        await using (var app = new BotApp(store, clock, Settings))
        {
            _ = app.CreateClient();
            var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
            Assert.True((await scheduler.GetMetadata(TestContext.Current.CancellationToken)).JobStoreClustered);
        }

        // Down through 09:00; at 09:30 two replicas start at once, and both find the run missed.
        clock.Advance(TimeSpan.FromHours(1));
        var log = new CapturedLog();
        await using var first = new BotApp(store, clock, Settings);
        await using var second = new BotApp(store, clock, Settings);
        var replicas = new[] { first, second }.Select(f => f.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)))).ToList();
        await Task.WhenAll(replicas.Select(r => Task.Run(() => r.CreateClient())));
        var schedulers = await Task.WhenAll(replicas.Select(r => QuartzProbe.StartedSchedulerAsync(r)));
        var ids = await Task.WhenAll(schedulers.Select(s => s.GetSchedulerInstanceId(TestContext.Current.CancellationToken).AsTask()));
        Assert.NotEqual(ids[0], ids[1]);

        // Once the trigger has moved on to tomorrow, neither replica can fire today's run any more.
        await Eventually.TrueAsync(async () =>
            (await schedulers[0].GetTriggersOfJob(DailyDutiesJob.Key, TestContext.Current.CancellationToken)).Single().PreviousFireTimeUtc is not null
            && log.Count("Lianzheng.Scheduler.Duties.DailyDuties", "Daily duties of 02/13/2026:") > 0, "the missed run was not caught up");
        var trigger = (await schedulers[1].GetTriggersOfJob(DailyDutiesJob.Key, TestContext.Current.CancellationToken)).Single();
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 9, 0, 0, Shanghai), trigger.NextFireTimeUtc);
        Assert.Equal(1, log.Count("Lianzheng.Scheduler.Duties.DailyDuties", "Daily duties of 02/13/2026:"));
        await using var db = store.Open();
        Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.HolidayMessage, TestContext.Current.CancellationToken));
    }
}
