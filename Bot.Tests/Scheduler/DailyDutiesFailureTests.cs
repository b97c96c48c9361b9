using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Scheduler;

/// <summary>The daily duties are independent of each other: one that throws is logged, the ones after it still run, the
/// Quartz run ends as failed, and the next run does what the failed duty did not, nothing twice.</summary>
public sealed class DailyDutiesFailureTests
{
    [Fact]
    public async Task A_failing_duty_is_logged_the_others_still_run_and_the_run_reports_the_failure()
    {
        var database = BotApp.NewDatabasePath();
        // 2026-06-17 09:30, a Wednesday: the 端午 message is due (first duty) and so are the talk-due notices before
        // 30 June (second duty) for the three leaders, none of whom has held a talk.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 17, 9, 30, 0, TimeSpan.FromHours(8)));
        var log = new CapturedLog();
        await using var factory = new BotApp(database, clock, new Dictionary<string, string> { ["Logging:LogLevel:Lianzheng.Scheduler"] = "Information" });
        var app = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(log)));
        _ = app.CreateClient();
        var scheduler = await QuartzProbe.StartedSchedulerAsync(app);

        // The holiday duty cannot read its templates.
        await ExecuteAsync(database, "ALTER TABLE HolidayTemplates RENAME TO HolidayTemplatesAway");
        var error = await QuartzProbe.FireDailyDutiesAsync(scheduler);

        Assert.NotNull(error);
        Assert.Contains("holiday-messages", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, OutboxKinds.HolidayMessage));
        Assert.Equal(3, await CountAsync(app, OutboxKinds.TalkDue));
        var failure = Assert.Single(log.Entries, e => e.Category == "Lianzheng.Scheduler.Duties.DailyDuties" && e.Level == LogLevel.Error);
        Assert.StartsWith("Daily duty holiday-messages of 06/17/2026 failed", failure.Message, StringComparison.Ordinal);
        Assert.IsType<SqliteException>(failure.Exception);

        // Repaired: the next run sends the holiday message and repeats none of the notices.
        await ExecuteAsync(database, "ALTER TABLE HolidayTemplatesAway RENAME TO HolidayTemplates");
        Assert.Null(await QuartzProbe.FireDailyDutiesAsync(scheduler));
        Assert.Equal(1, await CountAsync(app, OutboxKinds.HolidayMessage));
        Assert.Equal(3, await CountAsync(app, OutboxKinds.TalkDue));
    }

    private static Task<int> CountAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app, string kind) =>
        QuartzProbe.QueryAsync(app, db => db.OutboxMessages.CountAsync(m => m.Kind == kind));

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
