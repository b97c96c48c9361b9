using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Scheduler.Jobs;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Lianzheng.Tests.Scheduler;

/// <summary>The catch-up README promises, across real restarts on the same SQLite file with Quartz's ADO store (the
/// host on the injected clock, which Quartz reads too, and the bot's own process on a clock moved by libfaketime): a bot
/// stopped before 09:00 and started after it runs the day's duties once, at start; one started before the day's 09:00
/// leaves a missed earlier run to it; a changed send time is caught up the same way; the memory store keeps nothing.</summary>
public sealed class QuartzCatchUpTests
{
    private const string JobCategory = "Lianzheng.Scheduler.Jobs.DailyDutiesJob";
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly Dictionary<string, string> Settings = new() { ["Logging:LogLevel:Lianzheng.Scheduler"] = "Information" };

    [Fact]
    public async Task A_bot_stopped_before_nine_and_started_after_runs_the_days_duties_once_at_start()
    {
        var database = BotApp.NewDatabasePath();
        // 2026-02-13, a Friday: the 春节 message is due at 09:00 today.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 8, 30, 0, Shanghai));
        await using (var app = new BotApp(database, clock, Settings))
        {
            _ = app.CreateClient();
            var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
            var trigger = await DailyTriggerAsync(scheduler);
            Assert.Equal(new DateTimeOffset(2026, 2, 13, 9, 0, 0, Shanghai), trigger.NextFireTimeUtc);
            Assert.Equal(0, await HolidayMessagesAsync(app));
        }

        // Down through 09:00; started again at 09:30.
        clock.Advance(TimeSpan.FromHours(1));
        var log = new CapturedLog();
        await using (var factory = new BotApp(database, clock, Settings))
        {
            var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));
            _ = app.CreateClient();
            var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
            await Eventually.TrueAsync(() => Task.FromResult(DutyRuns(log) > 0), "the missed daily duties were not caught up at start");

            Assert.Equal(1, DutyRuns(log));
            var trigger = await DailyTriggerAsync(scheduler);
            Assert.Equal(new DateTimeOffset(2026, 2, 13, 9, 30, 0, Shanghai), trigger.PreviousFireTimeUtc);
            Assert.Equal(new DateTimeOffset(2026, 2, 14, 9, 0, 0, Shanghai), trigger.NextFireTimeUtc);
            var message = await QuartzProbe.QueryAsync(app, db => db.OutboxMessages.Include(m => m.Deliveries).SingleAsync(m => m.Kind == OutboxKinds.HolidayMessage));
            Assert.Equal("holiday:2026-02-15", message.SourceKey);
            Assert.Equal(26, message.Deliveries.Count);
        }
    }

    [Fact]
    public async Task A_bot_down_through_yesterdays_nine_and_started_before_todays_runs_the_duties_at_nine_not_at_start()
    {
        var database = BotApp.NewDatabasePath();
        // Stopped on Thursday 2026-02-12 at 08:30, started again on Friday at 08:30: Thursday's 09:00 was missed.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 12, 8, 30, 0, Shanghai));
        await using (var app = new BotApp(database, clock, Settings))
        {
            _ = app.CreateClient();
            await QuartzProbe.StartedSchedulerAsync(app);
        }

        clock.Advance(TimeSpan.FromDays(1));
        var log = new CapturedLog();
        await using (var factory = new BotApp(database, clock, Settings))
        {
            var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));
            _ = app.CreateClient();
            var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
            await Eventually.TrueAsync(() => Task.FromResult(log.Count(JobCategory, "Daily duties: the run due at 02/12/2026 01:00:00 +00:00 was missed") == 1),
                "the missed run of Thursday was not noticed at start");
            Assert.Equal(0, log.Count("Lianzheng.Scheduler.Duties.DailyDuties", "Daily duties of"));
            Assert.Equal(new DateTimeOffset(2026, 2, 13, 9, 0, 0, Shanghai), (await DailyTriggerAsync(scheduler)).NextFireTimeUtc);

            // At 09:00 Friday's run does the day's work.
            clock.Advance(TimeSpan.FromMinutes(30));
            await Eventually.TrueAsync(() => Task.FromResult(DutyRuns(log) > 0), "the daily duties did not run at 09:00");
            Assert.Equal(1, DutyRuns(log));
            Assert.Equal(1, await HolidayMessagesAsync(app));
        }
    }

    [Fact]
    public async Task A_send_time_changed_while_the_bot_was_down_replaces_the_trigger_and_still_catches_up_once()
    {
        var database = BotApp.NewDatabasePath();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 8, 30, 0, Shanghai));
        await using (var app = new BotApp(database, clock, Settings))
        {
            _ = app.CreateClient();
            await QuartzProbe.StartedSchedulerAsync(app);
        }

        // Restarted at 09:30 with the duties moved to 09:15: the new time has passed too, so the day's run happens now.
        clock.Advance(TimeSpan.FromHours(1));
        var log = new CapturedLog();
        var moved = new Dictionary<string, string>(Settings) { ["Holidays:SendAt"] = "09:15" };
        await using (var factory = new BotApp(database, clock, moved))
        {
            var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));
            _ = app.CreateClient();
            var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
            await Eventually.TrueAsync(() => Task.FromResult(DutyRuns(log) > 0), "the daily duties did not catch up under the new time");

            Assert.Equal(1, DutyRuns(log));
            Assert.Equal(1, log.Count("Lianzheng.Scheduler.ScheduleKeeper", "Replaced lianzheng.daily-duties-trigger: its schedule changed from cron '0 0 9 * * ?'"));
            // The catch-up is a one-off trigger of the same job, which Quartz removes once the run it fired has returned
            // (a moment after the run's log line): wait for that before looking at the job's one trigger.
            await Eventually.TrueAsync(async () => (await scheduler.GetTriggersOfJob(DailyDutiesJob.Key)).Count == 1,
                "the catch-up's one-off trigger was not removed after its run");
            var trigger = (ICronTrigger)await DailyTriggerAsync(scheduler);
            Assert.Equal("0 15 9 * * ?", trigger.CronExpressionString);
            Assert.Equal(new DateTimeOffset(2026, 2, 14, 9, 15, 0, Shanghai), trigger.NextFireTimeUtc);
            Assert.Equal(1, await HolidayMessagesAsync(app));
        }
    }

    [Fact]
    public async Task The_bot_process_stopped_before_nine_and_started_after_catches_up_once_on_its_real_clock()
    {
        var libFaketime = Prerequisites.RequireLibFaketime();
        var database = BotApp.NewDatabasePath();
        // 08:50 on 2026-02-13: started, healthy, stopped (SIGTERM) well before 09:00.
        await using (var bot = FakeClockBot.Start(libFaketime, database, new DateTimeOffset(2026, 2, 13, 8, 50, 0, Shanghai)))
        {
            using var http = await bot.HealthyAsync();
            Assert.Equal(0, await bot.StopAsync());
        }

        Assert.Equal((new DateTimeOffset(2026, 2, 13, 9, 0, 0, Shanghai), null), await DailyFireTimesAsync(database));
        Assert.Equal(0L, await ScalarAsync(database, "SELECT COUNT(*) FROM OutboxMessages WHERE Kind = 'holiday'"));

        // Started again at 09:30.
        await using (var bot = FakeClockBot.Start(libFaketime, database, new DateTimeOffset(2026, 2, 13, 9, 30, 0, Shanghai)))
        {
            using var http = await bot.HealthyAsync();
            await Eventually.TrueAsync(() => Task.FromResult(bot.Count("Daily duties of 02/13/2026:") > 0), "the missed daily duties were not caught up");
            Assert.Equal(0, await bot.StopAsync());
            Assert.Equal(1, bot.Count("Daily duties of 02/13/2026:"));
            Assert.Equal(1, bot.Count("Daily duties: catching up the run due at 02/13/2026 01:00:00 +00:00"));
        }

        var (next, previous) = await DailyFireTimesAsync(database);
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 9, 0, 0, Shanghai), next);
        Assert.InRange(previous!.Value, new DateTimeOffset(2026, 2, 13, 9, 30, 0, Shanghai), next);
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM OutboxMessages WHERE Kind = 'holiday'"));
        Assert.Equal(26L, await ScalarAsync(database, "SELECT COUNT(*) FROM Deliveries d JOIN OutboxMessages m ON m.Id = d.MessageId WHERE m.Kind = 'holiday'"));
    }

    [Fact]
    public async Task With_the_memory_store_a_restart_after_nine_does_not_catch_up()
    {
        var database = BotApp.NewDatabasePath();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 9, 30, 0, Shanghai));
        await using var app = new BotApp(database, clock, new Dictionary<string, string>(Settings) { ["Scheduler:Store"] = "Memory" });
        _ = app.CreateClient();
        var scheduler = await QuartzProbe.StartedSchedulerAsync(app);

        // Nothing was kept, so the trigger starts afresh at 09:30 and first fires tomorrow.
        var trigger = await DailyTriggerAsync(scheduler);
        Assert.Null(trigger.PreviousFireTimeUtc);
        Assert.Equal(new DateTimeOffset(2026, 2, 14, 9, 0, 0, Shanghai), trigger.NextFireTimeUtc);
    }

    private static int DutyRuns(CapturedLog log) => log.Count("Lianzheng.Scheduler.Duties.DailyDuties", "Daily duties of 02/13/2026:");

    /// <summary>The daily trigger's next and previous fire times as Quartz stored them (UTC ticks).</summary>
    private static async Task<(DateTimeOffset Next, DateTimeOffset? Previous)> DailyFireTimesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT NEXT_FIRE_TIME, PREV_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'daily-duties-trigger'";
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        Assert.True(await reader.ReadAsync(TestContext.Current.CancellationToken));
        var previous = reader.IsDBNull(1) || reader.GetInt64(1) <= 0 ? (DateTimeOffset?)null : new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero);
        return (new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero), previous);
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    private static async Task<ITrigger> DailyTriggerAsync(IScheduler scheduler) =>
        (await scheduler.GetTriggersOfJob(DailyDutiesJob.Key, TestContext.Current.CancellationToken)).Single();

    private static Task<int> HolidayMessagesAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app) =>
        QuartzProbe.QueryAsync(app, db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.HolidayMessage));
}
