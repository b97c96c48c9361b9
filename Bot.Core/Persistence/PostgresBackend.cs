using Lianzheng.Core.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace Lianzheng.Core.Persistence;

/// <summary>PostgreSQL (and the PostgreSQL-compatible KingbaseES, openGauss): one server, any number of replicas.
/// Its migrations are their own (assembly <see cref="MigrationsAssembly"/>: the SQLite ones stay as they are), applied
/// under a session advisory lock; deliveries are claimed with <c>FOR UPDATE SKIP LOCKED</c>, so two replicas claiming
/// at once never wait for each other's rows; inserts carry many rows per statement (each statement is a round trip).</summary>
public sealed class PostgresBackend(string connectionString) : DatabaseBackend
{
    /// <summary>The assembly that holds the PostgreSQL migrations (the project Bot.Migrations.Postgres).</summary>
    public const string MigrationsAssembly = "Bot.Migrations.Postgres";

    /// <summary>The advisory lock every replica takes to migrate: "Lianzhen" in ASCII, a key no other application on a
    /// shared server is likely to use.</summary>
    public const long MigrationLock = 0x4C69616E7A68656E;

    /// <summary>The advisory lock around setting up Quartz (its tables, the stored triggers) at start.</summary>
    public const long SchedulerLock = MigrationLock + 1;

    /// <summary>The advisory lock around seeding the demo bureau into an empty Development database.</summary>
    public const long SeedLock = MigrationLock + 2;

    // PostgreSQL takes at most 65 535 parameters in one statement.
    private const int MaxParameters = 30_000;
    private const int MaxRowsPerInsert = 1_000;

    private static readonly UtcTicksConverter Ticks = new();

    private string? _leaseSql;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override bool AllowsReplicas => true;

    internal override void Configure(DbContextOptionsBuilder options, DatabaseOptions database) =>
        options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsAssembly(MigrationsAssembly))
            .UseModel(CompiledModels.Postgres.LianzhengDbContextModel.Instance);

    internal override Task MigrateAsync(LianzhengDbContext db, Func<CancellationToken, Task> migrate, CancellationToken cancellationToken) =>
        RunAloneAsync(MigrationLock, async ct =>
        {
            // EF reads the history table before it knows whether it exists, and logs the failed read as an error on a
            // new database; EF's own script creates the (empty) table first, so a first start logs no false alarm.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
            await migrate(ct);
        }, cancellationToken);

    /// <summary>Holds a session-level advisory lock on a connection of its own while the work runs: another replica
    /// asking for the same key waits. A replica killed meanwhile loses its session, and with it the lock, so the next
    /// one goes on (what the killed one had begun in a transaction was rolled back with it).</summary>
    public override async Task RunAloneAsync(long key, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", key);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            await work(cancellationToken);
        }
        finally
        {
            await using var release = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
            release.Parameters.AddWithValue("key", key);
            await release.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    internal override int RowsPerInsert(int columns) => Math.Clamp(MaxParameters / Math.Max(1, columns), 1, MaxRowsPerInsert);

    public override async Task<int> LeaseDeliveriesAsync(
        LianzhengDbContext db, string channel, RecipientPartition partition, DateTimeOffset now, int limit, string lease, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        var sql = _leaseSql ??= LeaseSql(db.Model);
        return await db.Database.ExecuteSqlRawAsync(sql,
            [
                new NpgsqlParameter<int>("status", (int)DeliveryStatus.Pending),
                new NpgsqlParameter<string>("channel", channel),
                new NpgsqlParameter<int>("count", partition.Count),
                new NpgsqlParameter<int>("index", partition.Index),
                new NpgsqlParameter<long>("now", (long)Ticks.ConvertToProvider(now)!),
                new NpgsqlParameter<int>("limit", limit),
                new NpgsqlParameter<string>("lease", lease),
                new NpgsqlParameter<long>("until", (long)Ticks.ConvertToProvider(until)!),
            ], cancellationToken);
    }

    /// <summary>The claim as one statement: the due rows (as <see cref="DatabaseBackend.Due"/> orders them) locked
    /// with SKIP LOCKED, so rows another replica is claiming this instant are passed over instead of waited for, and
    /// leased. Names come from the EF model.</summary>
    private static string LeaseSql(IModel model)
    {
        var entity = model.FindEntityType(typeof(Delivery))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string C(string property) => '"' + entity.FindProperty(property)!.GetColumnName(table)! + '"';
        var name = entity.GetSchema() is { } schema ? $"\"{schema}\".\"{table.Name}\"" : $"\"{table.Name}\"";
        return $"""
            WITH due AS (
                SELECT {C(nameof(Delivery.Id))} FROM {name}
                WHERE {C(nameof(Delivery.Status))} = @status AND {C(nameof(Delivery.Channel))} = @channel
                  AND ({C(nameof(Delivery.NextAttemptAt))} IS NULL OR {C(nameof(Delivery.NextAttemptAt))} <= @now)
                  AND ({C(nameof(Delivery.LeaseUntil))} IS NULL OR {C(nameof(Delivery.LeaseUntil))} < @now)
                  AND (@count = 1 OR (CASE WHEN {C(nameof(Delivery.CallKey))} IS NULL THEN {C(nameof(Delivery.RecipientId))}
                                           ELSE {C(nameof(Delivery.MessageId))} END) % @count = @index)
                ORDER BY ({C(nameof(Delivery.CallKey))} IS NULL), {C(nameof(Delivery.MessageId))}, {C(nameof(Delivery.Id))}
                LIMIT @limit
                FOR UPDATE SKIP LOCKED)
            UPDATE {name} AS d SET {C(nameof(Delivery.LeaseOwner))} = @lease, {C(nameof(Delivery.LeaseUntil))} = @until
            FROM due WHERE d.{C(nameof(Delivery.Id))} = due.{C(nameof(Delivery.Id))}
            """;
    }
}
