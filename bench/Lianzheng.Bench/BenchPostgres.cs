using Npgsql;

namespace Lianzheng.Bench;

/// <summary>A new database on a PostgreSQL server for one benchmark run, dropped afterwards; puts the bots on it.</summary>
internal sealed class BenchPostgres : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _database;

    private BenchPostgres(string server, string database, string connectionString)
    {
        _server = server;
        _database = database;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>Creates the database and sets what puts a bot on it (the same audit key for every replica).</summary>
    public static async Task<BenchPostgres> CreateAsync(string server, string workDirectory, Dictionary<string, string> settings)
    {
        var database = $"lianzheng_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Lianzheng"] = connectionString;
        settings["Audit:Key"] = "bench-audit-key-" + Guid.NewGuid().ToString("N");
        settings["Audit:AnchorPath"] = Path.Combine(workDirectory, "audit-anchor");
        return new BenchPostgres(server, database, connectionString);
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

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
