using Lianzheng.Core.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Persistence;

/// <summary>SQLite: one file, one process. Writers queue in this process (<see cref="SqliteWriteGate"/>), each
/// connection gets its pragmas (<see cref="SqliteConnectionSetup"/>), the journal is WAL, and an insert is a prepared
/// statement run once per row (in-process, a row costs microseconds; a statement of many rows would not be faster).</summary>
public sealed class SqliteBackend : DatabaseBackend, IDisposable
{
    // One gate per database file would be more exact; one per process is what a bot has (one database).
    private readonly SqliteWriteGate _gate = new();

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override bool AllowsReplicas => false;

    /// <summary>The container disposes the backend (and its gate) when the host stops.</summary>
    public void Dispose() => _gate.Dispose();

    internal override void Configure(DbContextOptionsBuilder options, DatabaseOptions database) =>
        options.UseSqlite(database.ConnectionString)
            .UseModel(CompiledModels.Sqlite.LianzhengDbContextModel.Instance)
            .AddInterceptors(new SqliteConnectionSetup(database.SqliteSynchronous), _gate);

    internal override async Task MigrateAsync(LianzhengDbContext db, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken)
    {
        EnsureDirectory(db.Database.GetConnectionString());
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // WAL is a property of the database file; it stays on once set. In-memory databases keep "memory".
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await migrate(cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public override Task RunAloneAsync(long key, Func<CancellationToken, Task> work, CancellationToken cancellationToken) => work(cancellationToken);

    internal override int RowsPerInsert(int columns) => 1;

    public override async Task<int> LeaseDeliveriesAsync(
        LianzhengDbContext db, string channel, RecipientPartition partition, DateTimeOffset now, int limit, string lease, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        // Two statements, no transaction: the update takes only rows still free, so a row another dispatcher leased
        // between the two is simply not taken (SQLite has one writer at a time, and no row locks to skip).
        var candidates = await Due(db, channel, partition, now).AsNoTracking().Select(d => d.Id).Take(limit).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        return await db.Deliveries
            .Where(d => EF.Parameter(candidates).Contains(d.Id) && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseOwner, lease).SetProperty(d => d.LeaseUntil, until), cancellationToken);
    }

    private static void EnsureDirectory(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            System.IO.Directory.CreateDirectory(directory);
        }
    }
}
