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

/// <summary>Quartz clustered on PostgreSQL: replicas share its tables, and a trigger fires on one of them; when the replica
/// running the daily duties dies (a real process, killed with SIGKILL, on a clock moved by libfaketime), another runs them
/// again, and nothing is queued twice.</summary>
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

    [Fact]
    public async Task The_daily_duties_fire_on_one_replica_and_when_it_is_killed_mid_run_the_other_runs_them_once()
    {
        var libFaketime = Prerequisites.RequireLibFaketime();
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        // 2026-02-13, a Friday: the 春节 message to the demo bureau's 26 people is due at 09:00. Both replicas start at
        // 08:00 on one clock; it is moved to just before 09:00 once they are up, however long they took to start.
        var nine = new DateTimeOffset(2026, 2, 13, 9, 0, 0, Shanghai);
        using var clock = new SharedFakeClock(libFaketime, nine.AddHours(-1));
        var bots = new[] { new ProcessBot(new Dictionary<string, string>(), store), new ProcessBot(new Dictionary<string, string>(), store) };
        foreach (var bot in bots)
        {
            clock.Apply(bot.Settings);
            bot.Settings["Scheduler:Enabled"] = "true";
            // A replica silent for 1 s past its 1 s check-in is taken for dead, and its running jobs are recovered.
            bot.Settings["Scheduler:ClusterCheckinInterval"] = "00:00:01";
            bot.Settings["Scheduler:ClusterCheckinMisfireThreshold"] = "00:00:01";
        }

        var replicas = await Task.WhenAll(bots.Select(b => b.StartAsync()));
        string Outputs() => string.Join(Environment.NewLine, bots.Select((b, i) => $"replica {i}, last lines:{Environment.NewLine}" +
            string.Join(Environment.NewLine, b.Output.TakeLast(60))));
        try
        {
            Assert.True(clock.Now < nine.AddMinutes(-5), "the replicas took nearly an hour to start: their clock came near 09:00 before the test moved it");

            // The run's first write waits on this lock: the replica that fired it is caught in the middle of the run. The
            // lock is held before the clock comes near 09:00.
            await using var blocker = store.Open();
            await using (var transaction = await blocker.Database.BeginTransactionAsync(TestContext.Current.CancellationToken))
            {
                await blocker.Database.ExecuteSqlRawAsync("LOCK TABLE \"OutboxMessages\" IN EXCLUSIVE MODE", TestContext.Current.CancellationToken);
                // Quartz's idle scheduler thread wakes within 30 s and takes the triggers due in the 30 s after: moved to 31 s
                // before 09:00, it takes this one before 09:00 and fires it on the second, as at a real 09:00.
                clock.Set(nine.AddSeconds(-31));
                await Eventually.TrueAsync(() => Task.FromResult(bots.Sum(b => Started(b)) > 0), "the daily duties did not fire at 09:00", 90_000, Outputs);
                await Eventually.TrueAsync(() => WaitersOnOutboxAsync(blocker), "the daily run did not reach its first write", detail: Outputs);
                Assert.Equal(1, bots.Sum(b => Started(b)));
                var running = Array.FindIndex(bots, b => Started(b) == 1);
                await replicas[running].KillAsync();
                await transaction.RollbackAsync(TestContext.Current.CancellationToken);

                var survivor = bots[1 - running];
                await Eventually.TrueAsync(
                    () => Task.FromResult(Count(survivor, "Daily duties of 02/13/2026:") > 0), "the other replica did not run the duties again", 60_000, Outputs);
                Assert.Equal(1, Count(survivor, "Daily duties: recovering the run due at 02/13/2026 01:00:00 +00:00"));
                Assert.Equal(0, Started(survivor));
                Assert.Equal(0, Count(bots[running], "Daily duties of 02/13/2026:"));
                Assert.Equal(1, Count(survivor, "Daily duties of 02/13/2026:"));
            }

            await using var db = store.Open();
            var message = await db.OutboxMessages.Include(m => m.Deliveries).SingleAsync(m => m.Kind == OutboxKinds.HolidayMessage, TestContext.Current.CancellationToken);
            Assert.Equal("holiday:2026-02-15", message.SourceKey);
            Assert.Equal(26, message.Deliveries.Count);
            // Today's trigger has moved on to tomorrow, and no firing of the dead replica's is left to recover.
            var next = await db.Database.SqlQueryRaw<long>(
                "SELECT next_fire_time AS \"Value\" FROM qrtz_triggers WHERE trigger_name = 'daily-duties-trigger'").SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(new DateTimeOffset(2026, 2, 14, 9, 0, 0, Shanghai), new DateTimeOffset(next, TimeSpan.Zero));
            await Eventually.TrueAsync(async () => await db.Database.SqlQueryRaw<int>(
                    "SELECT COUNT(*)::int AS \"Value\" FROM qrtz_fired_triggers WHERE job_name = 'daily-duties'").SingleAsync(TestContext.Current.CancellationToken) == 0,
                "a firing of the daily duties was left in qrtz_fired_triggers");
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }
        }
    }

    private static int Started(ProcessBot bot) => Count(bot, "Daily duties: the run fired at");

    private static int Count(ProcessBot bot, string text) => bot.Output.Count(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Whether a session waits for a lock on OutboxMessages (the dispatchers only read it).</summary>
    private static async Task<bool> WaitersOnOutboxAsync(LianzhengDbContext blocker) =>
        await blocker.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*)::int AS \"Value\" FROM pg_locks WHERE NOT granted AND relation = '\"OutboxMessages\"'::regclass")
            .SingleAsync(TestContext.Current.CancellationToken) > 0;
}
