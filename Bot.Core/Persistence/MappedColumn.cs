using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lianzheng.Core.Persistence;

/// <summary>A column as the EF model maps a property to it: its name, the database's type and the value converter.</summary>
internal sealed record MappedColumn(IProperty Property, string Name, RelationalTypeMapping Mapping, ValueConverter? Converter)
{
    public static MappedColumn For(IProperty property, StoreObjectIdentifier table) =>
        new(property, property.GetColumnName(table)!, property.GetRelationalTypeMapping(),
            property.GetValueConverter() ?? property.GetRelationalTypeMapping().Converter);

    /// <summary>The row's value of the column as the database stores it (converted as EF would).</summary>
    public object ValueOf(object row) => ToProvider(Property.GetGetter().GetClrValue(row));

    /// <summary>A value of the property as the database stores it (converted as EF would).</summary>
    public object ToProvider(object? value) => (value is null ? null : Converter is null ? value : Converter.ConvertToProvider(value)) ?? DBNull.Value;

    /// <summary>A parameter for the column's values: the mapping's carries the database's type for the column, which
    /// PostgreSQL needs to prepare the statement.</summary>
    public DbParameter Parameter(DbCommand command, string name) => Mapping.CreateParameter(command, name, null, Property.IsNullable);
}
