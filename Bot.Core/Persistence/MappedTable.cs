using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Lianzheng.Core.Persistence;

/// <summary>An entity's table and the columns a row of it writes (all but a generated key), as the EF model maps them,
/// for the prepared statements of <see cref="BulkInsert"/> and <see cref="BulkUpdate"/>: they write exactly what EF
/// would have written. Described once per model and entity (the statements are on the path of every message).</summary>
internal sealed record MappedTable(IEntityType Entity, StoreObjectIdentifier Table, IReadOnlyList<MappedColumn> Columns, ISqlGenerationHelper Sql)
{
    private static readonly PerModel<Type, MappedTable> Described = new();

    public static MappedTable Of<TEntity>(LianzhengDbContext db) => Described.Get(db.Model, typeof(TEntity), static (type, db) => Describe(type, db), db);

    /// <summary>The table's name, quoted for the database.</summary>
    public string Name => Sql.DelimitIdentifier(Table.Name, Table.Schema);

    public string Quote(string column) => Sql.DelimitIdentifier(column);

    /// <summary>The column of a property, the key included.</summary>
    public MappedColumn Column(string property) => Columns.SingleOrDefault(c => c.Property.Name == property)
        ?? (Entity.FindProperty(property) is { } key ? MappedColumn.For(key, Table)
            : throw new InvalidOperationException($"{Entity.ClrType.Name}.{property} is not mapped."));

    /// <summary>A command on the context's connection, in the transaction it began (which on SQLite holds the write
    /// gate), with one parameter <c>@p0</c>, <c>@p1</c> … for each of the given columns' values, in their order.</summary>
    public static DbCommand Command(LianzhengDbContext db, string sql, IEnumerable<MappedColumn> parameters)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Bulk statements run inside a transaction the context began.");
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = sql;
        foreach (var column in parameters)
        {
            command.Parameters.Add(column.Parameter(command, "@p" + command.Parameters.Count.ToString(CultureInfo.InvariantCulture)));
        }

        return command;
    }

    private static MappedTable Describe(Type type, LianzhengDbContext db)
    {
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => MappedColumn.For(p, table))
            .ToList();
        return new MappedTable(entity, table, columns, ((IInfrastructure<IServiceProvider>)db).GetService<ISqlGenerationHelper>());
    }
}
