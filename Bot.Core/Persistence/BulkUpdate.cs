using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Persistence;

/// <summary>Writes some columns of rows found by their key with one prepared statement (<c>UPDATE … SET … WHERE key</c>),
/// run once per row inside the context's current transaction. For the writes that follow every message the bot answers
/// (how its replies went): EF's Attach and SaveChanges track each row and build its statement anew each time, which
/// cost more than the write. The columns and converters come from the EF model; a row no longer stored is not written
/// (no error: what it would record belongs to a row that is gone). The entities are not tracked.</summary>
public static class BulkUpdate
{
    private static readonly PerModel<(Type, string), UpdatePlan> Plans = new();

    /// <summary>Writes the given properties of each row; returns how many rows were written.</summary>
    public static async Task<int> UpdateAsync<TEntity>(
        LianzhengDbContext db, IReadOnlyList<TEntity> rows, IReadOnlyList<string> properties, CancellationToken cancellationToken)
        where TEntity : class
    {
        var plan = Plans.Get(db.Model, (typeof(TEntity), string.Join(",", properties)), static (_, a) => UpdatePlan.Of<TEntity>(a.db, a.properties), (db, properties));
        await using var command = MappedTable.Command(db, plan.Sql, plan.Columns);
        await command.PrepareAsync(cancellationToken);
        var written = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < plan.Columns.Count; i++)
            {
                command.Parameters[i].Value = plan.Columns[i].ValueOf(row);
            }

            written += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return written;
    }

    /// <summary>The statement for an entity and its columns, and its parameters' columns in order: those written, then
    /// the key.</summary>
    private sealed record UpdatePlan(string Sql, IReadOnlyList<MappedColumn> Columns)
    {
        public static UpdatePlan Of<TEntity>(LianzhengDbContext db, IReadOnlyList<string> properties)
        {
            var table = MappedTable.Of<TEntity>(db);
            var set = properties.Select(name => table.Columns.SingleOrDefault(c => c.Property.Name == name)
                ?? throw new InvalidOperationException($"{typeof(TEntity).Name}.{name} is not a column it writes.")).ToList();
            var key = table.Entity.FindPrimaryKey()?.Properties is [{ } keyProperty]
                ? table.Column(keyProperty.Name)
                : throw new InvalidOperationException($"{typeof(TEntity).Name} has no single key.");
            var sql = $"UPDATE {table.Name} SET {string.Join(", ", set.Select((c, i) => $"{table.Quote(c.Name)} = @p{i}"))}"
                + $" WHERE {table.Quote(key.Name)} = @p{set.Count}";
            return new UpdatePlan(sql, [.. set, key]);
        }
    }
}
