using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Scheduler.Jobs;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Lianzheng.Tests.Scheduler;

/// <summary>Quartz in the real host: its tables in the application's database (created by Quartz), the daily duties at
/// 09:00 Asia/Shanghai with the misfire policy chosen for them, a fired job queueing the holiday message, and the
/// schedule and idempotence surviving a restart.</summary>
public sealed class QuartzHostTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_daily_duties_are_stored_in_the_application_database_fire_at_nine_in_shanghai_and_survive_a_restart(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        // 2026-02-13 08:30 in Shanghai: the 春节 message is due at 09:00 today.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 8, 30, 0, TimeSpan.FromHours(8)));
        await using (var app = new BotApp(store, clock))
        {
            _ = app.CreateClient();
            var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
            var trigger = (ICronTrigger)(await scheduler.GetTriggersOfJob(DailyDutiesJob.Key, TestContext.Current.CancellationToken)).Single();
            Assert.Equal("0 0 9 * * ?", trigger.CronExpressionString);
            Assert.Equal("Asia/Shanghai", trigger.TimeZone.Id);
            Assert.Equal(CronTriggerMisfireInstruction.FireAndProceed, trigger.MisfireInstruction);
            Assert.Equal(new TimeSpan(9, 0, 0), trigger.NextFireTimeUtc!.Value.ToOffset(TimeSpan.FromHours(8)).TimeOfDay);
            Assert.True((await scheduler.GetJobDetail(DailyDutiesJob.Key, TestContext.Current.CancellationToken))!.RequestsRecovery);
            Assert.Equal(2, (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals("lianzheng"), TestContext.Current.CancellationToken)).Count);

            // Before 09:00 the job finds nothing to send; at 09:00 it queues the message for everyone.
            Assert.Null(await QuartzProbe.FireDailyDutiesAsync(scheduler));
            Assert.Equal(0, await HolidayMessagesAsync(app));
            clock.Advance(TimeSpan.FromMinutes(30));
            Assert.Null(await QuartzProbe.FireDailyDutiesAsync(scheduler));
            Assert.Equal(1, await HolidayMessagesAsync(app));
        }

        await using (var db = store.Open())
        {
            // Unquoted, the names read the same on SQLite (QRTZ_…) and PostgreSQL (qrtz_…).
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync(TestContext.Current.CancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE JOB_GROUP = 'lianzheng'";
            Assert.Equal(2L, (long)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
        }

        // Restarted the same day: the schedule is read back and running the duties again queues nothing new.
        await using (var app = new BotApp(store, clock))
        {
            _ = app.CreateClient();
            var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
            Assert.Single(await scheduler.GetTriggersOfJob(DailyDutiesJob.Key, TestContext.Current.CancellationToken));
            Assert.Null(await QuartzProbe.FireDailyDutiesAsync(scheduler));
            Assert.Equal(1, await HolidayMessagesAsync(app));
            var message = await QuartzProbe.QueryAsync(app, db => db.OutboxMessages.Include(m => m.Deliveries).SingleAsync(m => m.Kind == OutboxKinds.HolidayMessage));
            Assert.Equal("holiday:2026-02-15", message.SourceKey);
            Assert.Equal(26, message.Deliveries.Select(d => d.RecipientId).Distinct().Count());
        }
    }

    private static Task<int> HolidayMessagesAsync(BotApp app) => QuartzProbe.QueryAsync(app, db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.HolidayMessage));
}
