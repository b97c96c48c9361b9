using Lianzheng.Fakes;
using Npgsql;

namespace Lianzheng.Bench;

/// <summary>A new database on a PostgreSQL server for one benchmark run, dropped afterwards; puts the bots on it.</summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private readonly ScratchPostgresDatabase _database;

    private BenchPostgres(ScratchPostgresDatabase database) => _database = database;

    public string ConnectionString => _database.ConnectionString;

    /// <summary>Creates the database and sets what puts a bot on it (the same audit key for every replica).</summary>
    public static async Task<BenchPostgres> CreateAsync(string server, string workDirectory, Dictionary<string, string> settings)
    {
        var database = await ScratchPostgresDatabase.CreateAsync(server, "lianzheng_bench");
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Lianzheng"] = database.ConnectionString;
        settings["Audit:Key"] = "bench-audit-key-" + Guid.NewGuid().ToString("N");
        settings["Audit:AnchorPath"] = Path.Combine(workDirectory, "audit-anchor");
        return new BenchPostgres(database);
    }

    public async Task<List<(string Channel, string Status, long Count)>> StatusesAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT \"Channel\", \"Status\", COUNT(*) FROM \"Deliveries\" GROUP BY \"Channel\", \"Status\" ORDER BY \"Channel\", \"Status\"", connection);
        var rows = new List<(string, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), BroadcastBenchmark.StatusName(reader.GetInt32(1)), reader.GetInt64(2)));
        }

        return rows;
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}
