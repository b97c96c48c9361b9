using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lianzheng.Core.Persistence;

/// <summary>Inserts many rows of one entity type with prepared statements, inside the context's current transaction:
/// EF's change tracker spends seconds on tens of thousands of rows (a message to the whole staff on two channels), this
/// spends milliseconds. Columns, key generation and value converters come from the EF model, so the rows are exactly
/// what EF would have written. How many rows one statement carries is the database's (<see
/// cref="DatabaseBackend.RowsPerInsert"/>): one on SQLite, hundreds on PostgreSQL, where each statement is a round trip.
/// The entities are not tracked and their keys are not read back.</summary>
public static class BulkInsert
{
    // A deadlock needs two replicas storing several of the same retried messages at the same moment; a handful covers it.
    private const int MaxDeadlockAttempts = 5;
    private static readonly TimeSpan DeadlockBackoff = TimeSpan.FromMilliseconds(100);

    private static readonly PerModel<(Type, string), InsertNewPlan> Plans = new();

    public static async Task InsertAsync<TEntity>(LianzhengDbContext db, DatabaseBackend backend, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var table = MappedTable.Of<TEntity>(db);
        var columns = table.Columns;
        var head = Head(table);
        var perStatement = backend.RowsPerInsert(columns.Count);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                // Every statement but the last has the same shape: it is prepared once and reused.
                var command = chunk.Length == perStatement && full is not null ? full : await PrepareAsync(chunk.Length);
                if (chunk.Length == perStatement)
                {
                    full = command;
                }

                var parameter = 0;
                foreach (var row in chunk)
                {
                    foreach (var column in columns)
                    {
                        command.Parameters[parameter++].Value = column.ValueOf(row);
                    }
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }

        async Task<DbCommand> PrepareAsync(int rowCount)
        {
            var values = Enumerable.Range(0, rowCount)
                .Select(r => "(" + string.Join(", ", columns.Select((_, c) => "@p" + ((r * columns.Count) + c))) + ")");
            var command = MappedTable.Command(db, head + string.Join(", ", values), Enumerable.Repeat(columns, rowCount).SelectMany(c => c));
            await command.PrepareAsync(cancellationToken);
            return command;
        }
    }

    /// <summary>Inserts each row unless the table holds one with the same values of the given unique index already (a
    /// row earlier in the batch included), and sets the generated key of each row inserted; tells which were. One prepared
    /// statement, run once per row in the caller's order (so the generated keys follow it: the order the messages
    /// arrived in), in a transaction of its own: <c>INSERT … ON CONFLICT (…) DO NOTHING RETURNING</c>, written alike by
    /// SQLite and PostgreSQL. Where two writers insert the same key at once (replicas on PostgreSQL), the database lets one
    /// in and the other's row is simply not inserted. Two writers meeting at several keys in different orders may wait
    /// for each other: PostgreSQL then aborts one as deadlocked, and that one is run again a moment later (100 ms, doubling),
    /// once the other has committed, finding its rows.
    /// It replaces a lookup of the keys, then EF's insert (two statements, the change tracker, a LINQ query compiled for
    /// each batch's shape) on the path of every message the bot receives.</summary>
    public static async Task<bool[]> InsertNewAsync<TEntity>(
        LianzhengDbContext db, IReadOnlyList<TEntity> rows, IReadOnlyList<string> uniqueIndex, TimeProvider time, CancellationToken cancellationToken)
        where TEntity : class
    {
        var plan = Plans.Get(db.Model, (typeof(TEntity), string.Join(",", uniqueIndex)), static (_, a) => InsertNewPlan.Of<TEntity>(a.db, a.uniqueIndex), (db, uniqueIndex));
        for (var attempt = 1; ; attempt++)
        {
            var inserted = new bool[rows.Count];
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await using var command = MappedTable.Command(db, plan.Sql, plan.Columns);
                await command.PrepareAsync(cancellationToken);
                for (var r = 0; r < rows.Count; r++)
                {
                    for (var c = 0; c < plan.Columns.Count; c++)
                    {
                        command.Parameters[c].Value = plan.Columns[c].ValueOf(rows[r]);
                    }

                    if (await command.ExecuteScalarAsync(cancellationToken) is { } generated and not DBNull)
                    {
                        plan.Key.SetValue(rows[r], Convert.ChangeType(generated, plan.Key.PropertyType, CultureInfo.InvariantCulture));
                        inserted[r] = true;
                    }
                }

                await transaction.CommitAsync(cancellationToken);
                return inserted;
            }
            catch (DbException ex) when (DatabaseErrors.IsDeadlock(ex) && attempt < MaxDeadlockAttempts)
            {
                // Rolled back whole: the rows it inserted are not stored, and the next attempt inserts them afresh.
                for (var r = 0; r < rows.Count; r++)
                {
                    if (inserted[r])
                    {
                        plan.Key.SetValue(rows[r], Convert.ChangeType(0, plan.Key.PropertyType, CultureInfo.InvariantCulture));
                    }
                }

                // The other writer goes on meanwhile; run again at once, this one could meet it again in the same way.
                await Task.Delay(DeadlockBackoff * Math.Pow(2, attempt - 1), time, cancellationToken);
            }
        }
    }

    private static string Head(MappedTable table) =>
        $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => table.Quote(c.Name)))}) VALUES ";

    /// <summary><see cref="InsertNewAsync"/>'s statement for an entity and index, made once per model (it is on the
    /// path of every message).</summary>
    private sealed record InsertNewPlan(string Sql, IReadOnlyList<MappedColumn> Columns, PropertyInfo Key)
    {
        public static InsertNewPlan Of<TEntity>(LianzhengDbContext db, IReadOnlyList<string> uniqueIndex)
        {
            var table = MappedTable.Of<TEntity>(db);
            var entity = table.Entity;
            var index = entity.GetIndexes().SingleOrDefault(i => i.IsUnique && i.GetFilter() is null && i.Properties.Select(p => p.Name).SequenceEqual(uniqueIndex))
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no unique index on ({string.Join(", ", uniqueIndex)}) without a filter.");
            var key = entity.FindPrimaryKey()?.Properties is [{ ValueGenerated: not ValueGenerated.Never, PropertyInfo: { } keyInfo } keyProperty]
                ? (Property: keyProperty, Info: keyInfo)
                : throw new InvalidOperationException($"{typeof(TEntity).Name} has no single generated key to read back.");
            var target = string.Join(", ", index.Properties.Select(p => table.Quote(p.GetColumnName(table.Table)!)));
            var text = Head(table) + "(" + string.Join(", ", table.Columns.Select((_, c) => "@p" + c)) + ")"
                + $" ON CONFLICT ({target}) DO NOTHING RETURNING {table.Quote(key.Property.GetColumnName(table.Table)!)}";
            return new InsertNewPlan(text, table.Columns, key.Info);
        }
    }
}
