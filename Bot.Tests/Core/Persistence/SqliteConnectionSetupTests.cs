using Lianzheng.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lianzheng.Tests.Core.Persistence;

/// <summary>The bot's SQLite connections carry the deployer's synchronous level and a busy timeout. The settings belong
/// to the connection SQLite opened: a connection the pool hands out again keeps them, so they are set once, when SQLite
/// opens it, not on each of the five or so opens of a turn.
/// Run alone: another test clearing SQLite's pools meanwhile would hand out a fresh connection where a pooled one is meant.</summary>
[Collection(nameof(SqliteConnectionSetupTests))]
public sealed class SqliteConnectionSetupTests
{
    private const int Full = 2; // PRAGMA synchronous: 0 OFF, 1 NORMAL, 2 FULL

    [Fact]
    public async Task Every_connection_has_the_settings_whether_sqlite_opened_it_now_or_the_pool_gives_it_again()
    {
        using var host = await StartAsync();
        for (var open = 0; open < 3; open++)
        {
            Assert.Equal((Full, 10000), await SettingsAsync(host));
        }

        SqliteConnection.ClearAllPools(); // the next open is a connection SQLite opens afresh
        Assert.Equal((Full, 10000), await SettingsAsync(host));
        Assert.Equal((Full, 10000), await SettingsAsync(host));
    }

    [Fact]
    public async Task A_connection_the_pool_gives_again_is_not_set_up_again()
    {
        using var host = await StartAsync();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            // Marks this connection: were it set up on its next open, the mark would be overwritten.
            await db.Database.ExecuteSqlRawAsync("PRAGMA busy_timeout = 1234;", TestContext.Current.CancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        Assert.Equal((Full, 1234), await SettingsAsync(host));
    }

    private static Task<IHost> StartAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("lianzheng-pragmas-").FullName, "bot.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration["ConnectionStrings:Lianzheng"] = $"Data Source={path}";
        builder.Configuration["Database:SqliteSynchronous"] = "Full";
        builder.AddBotCore();
        var host = builder.Build();
        return MigratedAsync(host);
    }

    private static async Task<IHost> MigratedAsync(IHost host)
    {
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return host;
    }

    private static async Task<(int Synchronous, int BusyTimeout)> SettingsAsync(IHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        try
        {
            var connection = db.Database.GetDbConnection();
            return (await PragmaAsync(connection, "synchronous"), await PragmaAsync(connection, "busy_timeout"));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<int> PragmaAsync(System.Data.Common.DbConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name};";
        return Convert.ToInt32(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>The collection of <see cref="SqliteConnectionSetupTests"/>, run with no other test beside it.</summary>
[CollectionDefinition(nameof(SqliteConnectionSetupTests), DisableParallelization = true)]
public sealed class SqliteConnectionSetupRunsAlone;
