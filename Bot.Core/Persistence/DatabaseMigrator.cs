using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Core.Persistence;

/// <summary>Brings the database to the current schema: the EF migrations of its provider, inside what its backend needs
/// around them (SQLite's WAL, PostgreSQL's advisory lock, so that replicas starting together migrate one at a time).</summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, DatabaseBackend backend, ILogger<DatabaseMigrator> logger)
{
    // Once the database holds every migration of this build it stays so while this process runs: migrations are only
    // ever added (a newer build's are not this build's to wait for), so the answer is not asked of the database again.
    private volatile bool _current;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await backend.MigrateAsync(db, async ct =>
        {
            var pending = await PendingMigrationsAsync(db, ct);
            if (pending.Count > 0)
            {
                LogApplying(logger, pending.Count, pending);
                await db.Database.MigrateAsync(ct);
                _current = true;
            }
        }, cancellationToken);
    }

    /// <summary>This build's migrations the database has not applied yet, oldest first; read from the database until
    /// there are none (by this process's migration or another's), then known.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(LianzhengDbContext db, CancellationToken cancellationToken)
    {
        if (_current)
        {
            return [];
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        _current = pending.Count == 0;
        return pending;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, IReadOnlyList<string> migrations);
}
