using System.Net;
using System.Text.Json;
using Lianzheng.Core.Persistence;
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

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Healthz_reports_the_database_the_migrations_and_the_scheduler_each_and_the_probes_answer_a_load_balancer(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var app = new BotApp(store);
        using var http = app.CreateClient();
        var scheduler = await QuartzProbe.StartedSchedulerAsync(app);

        var health = await ReportAsync(http);
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        var checks = health.GetProperty("checks");
        Assert.Equal(["database", "migrations", "scheduler"], checks.EnumerateObject().Select(c => c.Name).Order());
        Assert.All(checks.EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));
        Assert.Equal(provider.ToString(), checks.GetProperty("database").GetProperty("data").GetProperty("provider").GetString());
        Assert.Contains("The schema is current", checks.GetProperty("migrations").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", await http.GetStringAsync("/healthz/ready"));
        Assert.Equal("Healthy", await http.GetStringAsync("/healthz/live"));

        // A scheduler in standby: the report names it, the replica stays ready (200) and alive.
        await scheduler.Standby(TestContext.Current.CancellationToken);
        health = await ReportAsync(http);
        Assert.Equal("Degraded", health.GetProperty("checks").GetProperty("scheduler").GetProperty("status").GetString());
        Assert.Equal("Healthy", health.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        using (var ready = await http.GetAsync("/healthz/ready"))
        {
            Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
        }

        // Shut down: not ready (503), still alive (a restart is not what helps).
        await scheduler.Shutdown(waitForJobsToComplete: true, TestContext.Current.CancellationToken);
        using (var ready = await http.GetAsync("/healthz/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }

        Assert.Equal("Healthy", await http.GetStringAsync("/healthz/live"));
    }

    private static async Task<JsonElement> ReportAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/healthz");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static async Task AssertHealthAsync(HttpClient http, HttpStatusCode status, string body)
    {
        using var response = await http.GetAsync("/healthz");
        Assert.Equal(status, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(body, report.RootElement.GetProperty("status").GetString());
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
