using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Core.Persistence;

/// <summary>Brings the database to the current schema: the EF migrations of its provider, inside what its backend needs
/// around them (SQLite's WAL, PostgreSQL's advisory lock, so that replicas starting together migrate one at a time).</summary>
public sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, DatabaseBackend backend, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await backend.MigrateAsync(db, async ct =>
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                LogApplying(logger, pending.Count, pending);
                await db.Database.MigrateAsync(ct);
            }
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} database migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, IReadOnlyList<string> migrations);
}
