using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lianzheng.Core.Persistence;

/// <summary>Inserts many rows of one entity type with prepared statements, inside the context's current transaction:
/// EF's change tracker spends seconds on tens of thousands of rows (a message to the whole staff on two channels), this
/// spends milliseconds. Columns, key generation and value converters come from the EF model, so the rows are exactly
/// what EF would have written. How many rows one statement carries is the database's (<see
/// cref="DatabaseBackend.RowsPerInsert"/>): one on SQLite, hundreds on PostgreSQL, where each statement is a round trip.
/// The entities are not tracked and their keys are not read back.</summary>
public static class BulkInsert
{
    public static async Task InsertAsync<TEntity>(LianzhengDbContext db, DatabaseBackend backend, IReadOnlyCollection<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("BulkInsert runs inside a transaction the context began.");
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => (Property: p, Column: p.GetColumnName(table)!, Mapping: p.GetRelationalTypeMapping(),
                Converter: p.GetValueConverter() ?? p.GetRelationalTypeMapping().Converter))
            .ToList();
        var sql = ((IInfrastructure<IServiceProvider>)db).GetService<ISqlGenerationHelper>();
        var head = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Column)))}) VALUES ";
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
                    foreach (var (property, _, _, converter) in columns)
                    {
                        var value = property.GetGetter().GetClrValue(row);
                        command.Parameters[parameter++].Value = (value is null ? null : converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
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
            for (var i = 0; i < rowCount * columns.Count; i++)
            {
                // The mapping's parameter carries the database's type for the column, which PostgreSQL needs to prepare.
                command.Parameters.Add(columns[i % columns.Count].Mapping.CreateParameter(command, "@p" + i, null, columns[i % columns.Count].Property.IsNullable));
            }

            await command.PrepareAsync(cancellationToken);
            return command;
        }
    }
}
