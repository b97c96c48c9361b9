using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Lianzheng.Fakes;

namespace Lianzheng.Tests.Support;

/// <summary>A database of its own for one test, on either provider: a SQLite file in a temporary folder, or a new
/// database on the PostgreSQL server of <see cref="Prerequisites.PostgresVariable"/> (dropped when the test ends). The
/// tests that behave differently by database (persistence, inbound, outbox, Quartz, dialogs end to end) take the
/// provider as a theory's data and run on both.</summary>
public sealed class TestStore : IAsyncDisposable
{
    /// <summary>The same audit key on every replica of a test's bureau (PostgreSQL needs one set; SQLite makes its own).</summary>
    public const string AuditKey = "test-audit-key-0123456789abcdefghijklmnopqrstuvwxyz";

    private readonly ScratchPostgresDatabase? _postgres;

    private TestStore(DatabaseProvider provider, string connectionString, string folder, ScratchPostgresDatabase? postgres)
    {
        Provider = provider;
        ConnectionString = connectionString;
        Folder = folder;
        _postgres = postgres;
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
            return new TestStore(provider, $"Data Source={Path.Combine(folder, "lianzheng.db")}", folder, null);
        }

        var postgres = await ScratchPostgresDatabase.CreateAsync(Prerequisites.RequirePostgres(), "lianzheng_test");
        return new TestStore(provider, postgres.ConnectionString, folder, postgres);
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
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
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
