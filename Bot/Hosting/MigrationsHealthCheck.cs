using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Lianzheng.Bot.Hosting;

/// <summary>Healthy when every migration of this build is applied: a replica of a newer build waiting for its turn to
/// migrate, or one pointed at a database nobody migrated (Database:MigrateAtStart off), is not ready. Once current, it
/// is not read again (<see cref="DatabaseMigrator.PendingMigrationsAsync"/>): the check then costs no query.</summary>
internal sealed class MigrationsHealthCheck(IServiceScopeFactory scopes, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        try
        {
            var pending = await migrator.PendingMigrationsAsync(db, cancellationToken);
            var latest = db.Database.GetMigrations().LastOrDefault() ?? "";
            return pending.Count == 0
                ? HealthCheckResult.Healthy($"The schema is current ({latest}).")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied yet, the first {pending[0]}.",
                    data: new Dictionary<string, object> { ["pending"] = pending });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("The migration state could not be read.", ex);
        }
    }
}
