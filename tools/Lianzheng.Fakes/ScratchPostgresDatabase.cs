using Npgsql;

namespace Lianzheng.Fakes;

/// <summary>A new database on a PostgreSQL server for one test or benchmark run, dropped when disposed (its sessions
/// ended with it).</summary>
public sealed class ScratchPostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private ScratchPostgresDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    /// <summary>The connection string of the new database (the server's, with its name).</summary>
    public string ConnectionString { get; }

    /// <param name="server">A connection string to a database of the server, as a role that may create databases.</param>
    /// <param name="prefix">The start of the new database's name (the rest is random).</param>
    public static async Task<ScratchPostgresDatabase> CreateAsync(string server, string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return new ScratchPostgresDatabase(server, name);
    }

    public async ValueTask DisposeAsync()
    {
        // This database's pooled connections only (other databases keep theirs); FORCE ends any left.
        await using (var pooled = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
