using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Persistence;

/// <summary>Section "Database" of the configuration; the connection string is ConnectionStrings:Lianzheng.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public const string ConnectionStringName = "Lianzheng";

    /// <summary>Without ConnectionStrings:Lianzheng: a SQLite file next to the application's content.</summary>
    public static string DefaultConnectionString(string contentRoot) => $"Data Source={Path.Combine(contentRoot, "lianzheng.db")}";

    public const string PostgresConnectionMessage =
        "Database:Provider is Postgres, but ConnectionStrings:Lianzheng is not a PostgreSQL connection string. Set it, e.g. " +
        "Host=127.0.0.1;Port=5432;Database=lianzheng;Username=lianzheng;Password=… (the password best from the environment, " +
        "ConnectionStrings__Lianzheng). Database:Provider 为 Postgres 时，ConnectionStrings:Lianzheng 须为 PostgreSQL 连接串（含 Host、Database、Username）。";

    /// <summary>Sqlite (the default: one process, one file) or Postgres (one server, any number of replicas).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    [Required(ErrorMessage = "ConnectionStrings:Lianzheng is empty: set it, or remove it to use the default SQLite file.")]
    public string ConnectionString { get; set; } = "";

    /// <summary>SQLite's synchronous setting. Normal (with WAL): a commit survives the bot crashing or being killed, and
    /// the file is never corrupted, but a power cut or an OS crash may take back the last moment's commits; each commit
    /// costs no disk flush. Full: every commit is flushed to disk before it returns, about a millisecond each.</summary>
    public SqliteSynchronous SqliteSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>Whether the text names a PostgreSQL server and database (Npgsql's keywords: Host, Database).</summary>
    public static bool IsPostgresConnectionString(string connectionString)
    {
        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return !string.IsNullOrWhiteSpace(builder.Host) && !string.IsNullOrWhiteSpace(builder.Database);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Apply pending migrations when the host starts.</summary>
    public bool MigrateAtStart { get; set; } = true;
}
