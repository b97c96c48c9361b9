using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

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

    private static readonly ConditionalWeakTable<IModel, ConcurrentDictionary<(Type, string), InsertNewPlan>> Plans = new();

    public static async Task InsertAsync<TEntity>(LianzhengDbContext db, DatabaseBackend backend, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = CurrentTransaction(db);
        var (entity, table, columns, sql) = Describe<TEntity>(db);
        var head = Head(table, columns, sql);
        var perStatement = backend.RowsPerInsert(columns.Count);
        var connection = db.Database.GetDbConnection();
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
            var command = connection.CreateCommand();
            command.Transaction = transaction.GetDbTransaction();
            var values = Enumerable.Range(0, rowCount)
                .Select(r => "(" + string.Join(", ", columns.Select((_, c) => "@p" + ((r * columns.Count) + c))) + ")");
            command.CommandText = head + string.Join(", ", values);
            AddParameters(command, columns, rowCount);
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
        var plan = Plans.GetOrCreateValue(db.Model).GetOrAdd((typeof(TEntity), string.Join(",", uniqueIndex)), _ => InsertNewPlan.Of<TEntity>(db, uniqueIndex));
        for (var attempt = 1; ; attempt++)
        {
            var inserted = new bool[rows.Count];
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
                command.CommandText = plan.Sql;
                AddParameters(command, plan.Columns, 1);
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

    private static IDbContextTransaction CurrentTransaction(LianzhengDbContext db) => db.Database.CurrentTransaction
        ?? throw new InvalidOperationException("BulkInsert runs inside a transaction the context began.");

    /// <summary>The entity's table and the columns an insert writes (all but a generated key), from the model.</summary>
    private static (IEntityType Entity, StoreObjectIdentifier Table, List<Column> Columns, ISqlGenerationHelper Sql) Describe<TEntity>(LianzhengDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => new Column(p, p.GetColumnName(table)!, p.GetRelationalTypeMapping(), p.GetValueConverter() ?? p.GetRelationalTypeMapping().Converter))
            .ToList();
        return (entity, table, columns, ((IInfrastructure<IServiceProvider>)db).GetService<ISqlGenerationHelper>());
    }

    private static string Head(StoreObjectIdentifier table, List<Column> columns, ISqlGenerationHelper sql) =>
        $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";

    private static void AddParameters(DbCommand command, List<Column> columns, int rowCount)
    {
        for (var i = 0; i < rowCount * columns.Count; i++)
        {
            // The mapping's parameter carries the database's type for the column, which PostgreSQL needs to prepare.
            command.Parameters.Add(columns[i % columns.Count].Mapping.CreateParameter(command, "@p" + i, null, columns[i % columns.Count].Property.IsNullable));
        }
    }

    /// <summary><see cref="InsertNewAsync"/>'s statement for an entity and index, made once per model (it is on the
    /// path of every message).</summary>
    private sealed record InsertNewPlan(string Sql, List<Column> Columns, PropertyInfo Key)
    {
        public static InsertNewPlan Of<TEntity>(LianzhengDbContext db, IReadOnlyList<string> uniqueIndex)
        {
            var (entity, table, columns, sql) = Describe<TEntity>(db);
            var index = entity.GetIndexes().SingleOrDefault(i => i.IsUnique && i.GetFilter() is null && i.Properties.Select(p => p.Name).SequenceEqual(uniqueIndex))
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no unique index on ({string.Join(", ", uniqueIndex)}) without a filter.");
            var key = entity.FindPrimaryKey()?.Properties is [{ ValueGenerated: not ValueGenerated.Never, PropertyInfo: { } keyInfo } keyProperty]
                ? (Property: keyProperty, Info: keyInfo)
                : throw new InvalidOperationException($"{typeof(TEntity).Name} has no single generated key to read back.");
            var target = string.Join(", ", index.Properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
            var text = Head(table, columns, sql) + "(" + string.Join(", ", columns.Select((_, c) => "@p" + c)) + ")"
                + $" ON CONFLICT ({target}) DO NOTHING RETURNING {sql.DelimitIdentifier(key.Property.GetColumnName(table)!)}";
            return new InsertNewPlan(text, columns, key.Info);
        }
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, ValueConverter? Converter)
    {
        /// <summary>The row's value of the column as the database stores it (converted as EF would).</summary>
        public object ValueOf(object row)
        {
            var value = Property.GetGetter().GetClrValue(row);
            return (value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value)) ?? DBNull.Value;
        }
    }
}
