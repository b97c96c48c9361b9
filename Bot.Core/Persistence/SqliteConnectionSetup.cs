using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lianzheng.Core.Persistence;

/// <summary>Per-connection SQLite settings, applied when a connection opens: the synchronous level chosen in
/// Database:SqliteSynchronous, and a busy timeout so that a write from another process (the CLI) waits inside SQLite in
/// short steps instead of Microsoft.Data.Sqlite's 150 ms sleeps. Before the first connection to a database file, the
/// file is made readable by its owner only (0600): it holds personal filings. SQLite gives the -wal and -shm files it
/// creates the permissions of the database file.</summary>
public sealed class SqliteConnectionSetup(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly ConcurrentDictionary<string, bool> Restricted = new(StringComparer.Ordinal);

    private readonly string _pragmas = $"PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()}; PRAGMA busy_timeout = 10000;";

    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        RestrictFile(connection);
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        RestrictFile(connection);
        return ValueTask.FromResult(result);
    }

    /// <summary>Creates the database file 0600 when it is new, and takes group and world access from an existing one and
    /// its -wal and -shm files (once per file and process).</summary>
    private static void RestrictFile(DbConnection connection)
    {
        if (OperatingSystem.IsWindows() || connection is not SqliteConnection { DataSource: { Length: > 0 } path }
            || path == ":memory:" || path.StartsWith("file:", StringComparison.Ordinal) || Restricted.ContainsKey(path))
        {
            return;
        }

        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            try
            {
                using var created = new FileStream(full, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = OwnerOnly });
            }
            catch (IOException) when (File.Exists(full))
            {
                // Another connection created it a moment ago.
            }
        }

        foreach (var file in new[] { full, full + "-wal", full + "-shm" }.Where(File.Exists))
        {
            try
            {
                if ((File.GetUnixFileMode(file) & ~OwnerOnly) != 0)
                {
                    File.SetUnixFileMode(file, File.GetUnixFileMode(file) & OwnerOnly);
                }
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                // Not ours to change (another user created it, a read-only mount): the database still opens; its
                // permissions are the deployer's to set.
            }
        }

        Restricted[path] = true;
    }

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
