using Lianzheng.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Persistence;

/// <summary>Everything that differs between the two databases the bot runs on, in one place: how a context is
/// configured, what migrating needs around it, how many rows are inserted at once and how deliveries are claimed.
/// The rest of the code is the same on both; nothing else asks which database it is on. Chosen by
/// <c>Database:Provider</c>: <see cref="SqliteBackend"/> (one process, one file) or <see cref="PostgresBackend"/>
/// (several replicas on one server).</summary>
public abstract class DatabaseBackend
{
    public abstract DatabaseProvider Provider { get; }

    /// <summary>Whether several processes may run the bot on this database at once: then a replica cannot rely on its
    /// own lanes for a person's order, and looks at what the others hold.</summary>
    public abstract bool AllowsReplicas { get; }

    /// <summary>The provider, its connection and the interceptors of this database, on top of the save rules every
    /// context has.</summary>
    internal abstract void Configure(DbContextOptionsBuilder options, DatabaseOptions database);

    /// <summary>Runs the migration inside what this database needs around it: SQLite's WAL journal, PostgreSQL's
    /// advisory lock (one replica migrates at a time, the others wait and then find nothing to do).</summary>
    internal abstract Task MigrateAsync(LianzhengDbContext db, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken);

    /// <summary>Runs work that two replicas must not do at the same time (setting up Quartz's tables and triggers):
    /// on PostgreSQL under the advisory lock <paramref name="key"/>, the others waiting their turn; on SQLite, where one
    /// process is all there is, as it is.</summary>
    public abstract Task RunAloneAsync(long key, Func<CancellationToken, Task> work, CancellationToken cancellationToken);

    /// <summary>How many rows one INSERT statement of <see cref="BulkInsert"/> carries.</summary>
    internal abstract int RowsPerInsert(int columns);

    /// <summary>Leases up to <paramref name="limit"/> of a channel's due deliveries to <paramref name="lease"/> until
    /// <paramref name="until"/>, rows of an interrupted call first, only of the recipients in <paramref name="partition"/>
    /// (an interrupted call's rows all or none, by its message); a row another dispatcher leased meanwhile is not taken.
    /// Returns how many rows now carry the lease.</summary>
    public abstract Task<int> LeaseDeliveriesAsync(
        LianzhengDbContext db, string channel, RecipientPartition partition, DateTimeOffset now, int limit, string lease, DateTimeOffset until,
        CancellationToken cancellationToken);

    /// <summary>The due deliveries of a channel, in the order they are claimed: rows of an interrupted call first (so
    /// such a call, at most one call's worth of rows, is claimed whole), then by message and row.</summary>
    protected static IQueryable<Delivery> Due(LianzhengDbContext db, string channel, RecipientPartition partition, DateTimeOffset now)
    {
        var due = db.Deliveries.Where(d => d.Status == DeliveryStatus.Pending && d.Channel == channel
            && (d.NextAttemptAt == null || d.NextAttemptAt <= now) && (d.LeaseUntil == null || d.LeaseUntil < now));
        if (partition.Count > 1)
        {
            // A row of an interrupted call goes by its message, not its person: the call's rows must go again together,
            // as the identical request (WeCom's duplicate check), so one dispatcher takes them all.
            var (count, index) = (partition.Count, partition.Index);
            due = due.Where(d => d.CallKey == null ? d.RecipientId % count == index : d.MessageId % count == index);
        }

        return due.OrderBy(d => d.CallKey == null).ThenBy(d => d.MessageId).ThenBy(d => d.Id);
    }

    /// <summary>The backend of the configured provider.</summary>
    public static DatabaseBackend For(DatabaseOptions database) => database.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteBackend(),
        DatabaseProvider.Postgres => new PostgresBackend(database.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(database), database.Provider, "Unknown database provider."),
    };
}
