using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace Lianzheng.Core.Persistence;

/// <summary>Per-connection SQLite settings: the synchronous level chosen in Database:SqliteSynchronous, and a busy timeout
/// so that a write from another process (the CLI) waits inside SQLite in short steps instead of Microsoft.Data.Sqlite's
/// 150 ms sleeps. They belong to the connection SQLite opened and stay with it while Microsoft.Data.Sqlite's pool hands it
/// out again, so they are set once, on its first open (a turn opens a connection about five times; setting them on each
/// open ran two statements more per open than the turn's own). Before the first connection to a database file, the
/// file is made readable by its owner only (0600): it holds personal filings. SQLite gives the -wal and -shm files it
/// creates the permissions of the database file.</summary>
public sealed class SqliteConnectionSetup(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly ConcurrentDictionary<string, bool> Restricted = new(StringComparer.Ordinal);

    // The native connections set up; an entry goes with its connection when the pool closes it.
    private readonly ConditionalWeakTable<sqlite3, object> _setUp = [];
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
        if (IsSetUp(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        command.ExecuteNonQuery();
        MarkSetUp(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsSetUp(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkSetUp(connection);
    }

    private bool IsSetUp(DbConnection connection) => connection is SqliteConnection { Handle: { } handle } && _setUp.TryGetValue(handle, out _);

    private void MarkSetUp(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _setUp.TryAdd(handle, this);
        }
    }
}
