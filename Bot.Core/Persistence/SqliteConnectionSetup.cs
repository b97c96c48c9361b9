using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lianzheng.Core.Persistence;

/// <summary>Per-connection SQLite settings, applied when a connection opens: the synchronous level chosen in
/// Database:SqliteSynchronous, and a busy timeout so that a write from another process (the CLI) waits inside SQLite in
/// short steps instead of Microsoft.Data.Sqlite's 150 ms sleeps.</summary>
public sealed class SqliteConnectionSetup(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private readonly string _pragmas = $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()}; PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
