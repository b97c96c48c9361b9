using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Lianzheng.Tests.Support;

/// <summary>A database of its own for one test, on either provider: a SQLite file in a temporary folder, or a new
/// database on the PostgreSQL server of <see cref="Prerequisites.PostgresVariable"/> (dropped when the test ends). The
/// tests that behave differently by database (persistence, inbound, outbox, Quartz, dialogs end to end) take the
/// provider as a theory's data and run on both.</summary>
public sealed class TestStore : IAsyncDisposable
{
    /// <summary>The same audit key on every replica of a test's bureau (PostgreSQL needs one set; SQLite makes its own).</summary>
    public const string AuditKey = "test-audit-key-0123456789abcdefghijklmnopqrstuvwxyz";

    private readonly string? _server;
    private readonly string? _database;

    private TestStore(DatabaseProvider provider, string connectionString, string folder, string? server, string? database)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _server = server;
        _database = database;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>A temporary folder of the test's: the SQLite file, or the audit anchor of a PostgreSQL database.</summary>
    public string Folder { get; }

    /// <summary>The SQLite file (for tests that look at the file itself); on PostgreSQL a path in the folder that no
    /// one opens.</summary>
    public string DatabasePath => Path.Combine(Folder, "lianzheng.db");

    /// <summary>The configuration that puts a bot on this database.</summary>
    public IReadOnlyDictionary<string, string> Settings => Provider == DatabaseProvider.Sqlite
        ? new Dictionary<string, string> { ["ConnectionStrings:Lianzheng"] = ConnectionString }
        : new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Lianzheng"] = ConnectionString,
            ["Audit:Key"] = AuditKey,
            ["Audit:AnchorPath"] = Path.Combine(Folder, "audit-anchor"),
        };

    /// <summary>These settings with more on top.</summary>
    public Dictionary<string, string> With(IReadOnlyDictionary<string, string>? more)
    {
        var all = new Dictionary<string, string>(Settings);
        foreach (var (key, value) in more ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }

        return all;
    }

    public static async Task<TestStore> CreateAsync(DatabaseProvider provider)
    {
        var folder = Directory.CreateTempSubdirectory("lianzheng-test-").FullName;
        if (provider == DatabaseProvider.Sqlite)
        {
            return new TestStore(provider, $"Data Source={Path.Combine(folder, "lianzheng.db")}", folder, null, null);
        }

        var server = Prerequisites.RequirePostgres();
        var database = $"lianzheng_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { Database = database };
        return new TestStore(provider, builder.ConnectionString, folder, server, database);
    }

    /// <summary>A context of its own on this database, made as the host makes them (with the save rules).</summary>
    public LianzhengDbContext Open()
    {
        var options = new DbContextOptionsBuilder<LianzhengDbContext>().AddInterceptors(SaveRulesInterceptor.Instance);
        _ = Provider == DatabaseProvider.Sqlite
            ? options.UseSqlite(ConnectionString)
            : options.UseNpgsql(ConnectionString, n => n.MigrationsAssembly(PostgresBackend.MigrationsAssembly));
        return new LianzhengDbContext(options.Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            // This database's pooled connections only (other tests' databases keep theirs); FORCE ends any left.
            await using (var pooled = new NpgsqlConnection(ConnectionString))
            {
                NpgsqlConnection.ClearPool(pooled);
            }

            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A process of the test's may still hold a file; the folder is a temporary one.
        }
    }
}
