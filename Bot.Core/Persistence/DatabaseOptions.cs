using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section "Database" of the configuration; the connection string is ConnectionStrings:Lianzheng.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "Lianzheng";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(ErrorMessage = "ConnectionStrings:Lianzheng is empty: set it, or remove it to use the default SQLite file.")]
    public string ConnectionString { get; set; } = "";

    /// <summary>Apply pending migrations when the host starts.</summary>
    public bool MigrateAtStart { get; set; } = true;
}
