using System.Net;
using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Scheduler;
using Lianzheng.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Lianzheng.Tests.Bot;

/// <summary>/healthz over HTTP reports the scheduler besides the database: running and reaching its store is healthy,
/// standby is degraded (still 200: the chat works, the duties wait), shut down or cut off from its store is unhealthy (503).</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_follows_the_scheduler_from_running_to_standby_to_shut_down()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath());
        using var http = app.CreateClient();
        var scheduler = await QuartzProbe.StartedSchedulerAsync(app);
        await AssertHealthAsync(http, HttpStatusCode.OK, "Healthy");

        await scheduler.Standby(TestContext.Current.CancellationToken);
        await AssertHealthAsync(http, HttpStatusCode.OK, "Degraded");

        await scheduler.Start(TestContext.Current.CancellationToken);
        await AssertHealthAsync(http, HttpStatusCode.OK, "Healthy");

        await scheduler.Shutdown(waitForJobsToComplete: true, TestContext.Current.CancellationToken);
        await AssertHealthAsync(http, HttpStatusCode.ServiceUnavailable, "Unhealthy");
    }

    [Fact]
    public async Task Healthz_is_unhealthy_while_the_scheduler_cannot_reach_its_store()
    {
        var database = BotApp.NewDatabasePath();
        await using var app = new BotApp(database);
        using var http = app.CreateClient();
        await QuartzProbe.StartedSchedulerAsync(app);
        await AssertHealthAsync(http, HttpStatusCode.OK, "Healthy");

        // Quartz cannot read its jobs (the application's own tables are untouched, so the database check still passes).
        await ExecuteAsync(database, "ALTER TABLE QRTZ_JOB_DETAILS RENAME TO QRTZ_JOB_DETAILS_AWAY");
        await AssertHealthAsync(http, HttpStatusCode.ServiceUnavailable, "Unhealthy");

        await ExecuteAsync(database, "ALTER TABLE QRTZ_JOB_DETAILS_AWAY RENAME TO QRTZ_JOB_DETAILS");
        await AssertHealthAsync(http, HttpStatusCode.OK, "Healthy");
    }

    private static async Task AssertHealthAsync(HttpClient http, HttpStatusCode status, string body)
    {
        using var response = await http.GetAsync("/healthz");
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        Assert.Equal(status, response.StatusCode);
    }

    private static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
