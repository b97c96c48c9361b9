using Lianzheng.Bot.Hosting;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Lianzheng.Tests.Bot;

public sealed class MigrationsHealthCheckTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Not_ready_while_migrations_are_pending_then_ready_once_this_replica_or_another_applied_them(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        using var migrating = Host(store);
        using var waiting = Host(store);

        // Nobody migrated yet: both are not ready, and say what is missing.
        var before = await CheckAsync(waiting);
        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Contains("migration(s) not applied yet, the first", before.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(migrating)).Status);

        // One replica migrates: it knows; the other, which did not, reads it from the database.
        await migrating.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellation);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(migrating)).Status);
        var after = await CheckAsync(waiting);
        Assert.Equal(HealthStatus.Healthy, after.Status);
        await using var scope = waiting.Services.CreateAsyncScope();
        var latest = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Database.GetMigrations().Last();
        Assert.Equal($"The schema is current ({latest}).", after.Description);
    }

    private static IHost Host(TestStore store)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        foreach (var (key, value) in store.Settings)
        {
            builder.Configuration[key] = value;
        }

        builder.AddBotCore();
        builder.Services.AddSingleton<MigrationsHealthCheck>();
        return builder.Build();
    }

    private static Task<HealthCheckResult> CheckAsync(IHost host) =>
        host.Services.GetRequiredService<MigrationsHealthCheck>().CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);
}
