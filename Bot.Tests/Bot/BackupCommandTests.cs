using Lianzheng.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Lianzheng.Tests.Bot;

/// <summary>`dotnet run --project Bot -- backup --out file.db`: a checked copy of the database the real host wrote, taken
/// while that host is still open on it, never over an existing file.</summary>
public sealed class BackupCommandTests
{
    private readonly string _database = BotApp.NewDatabasePath();

    [Fact]
    public async Task A_backup_taken_while_the_bot_runs_holds_every_row_and_an_existing_file_is_not_overwritten()
    {
        var copy = Path.Combine(Path.GetDirectoryName(_database)!, "backup-" + Guid.NewGuid().ToString("N") + ".db");
        await using var app = new BotApp(_database);
        _ = app.CreateClient();
        await AuditScenario.FileWeddingAsync(app.Services, "backup-test");

        var (exit, output, errors) = await BotVerb.RunAsync(_database, ["backup", "--out", copy], environment: "Development");

        Assert.True(exit == 0, errors);
        Assert.Contains("完整性检查通过", output, StringComparison.Ordinal);
        foreach (var table in new[] { "Staff", "Filings", "AuditEntries", "__EFMigrationsHistory" })
        {
            Assert.Equal(await CountAsync(_database, table), await CountAsync(copy, table));
        }

        Assert.Equal(1, await CountAsync(copy, "Filings"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(copy));
        }

        var before = await File.ReadAllBytesAsync(copy);
        var again = await BotVerb.RunAsync(_database, ["backup", "--out", copy], environment: "Development");
        Assert.Equal(2, again.Exit);
        Assert.Contains("文件已存在，未覆盖", again.Errors, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(copy));
    }

    [Fact]
    public async Task Without_an_out_file_it_says_how_to_use_it()
    {
        var (exit, _, errors) = await BotVerb.RunAsync(_database, ["backup"], environment: "Development");
        Assert.Equal(2, exit);
        Assert.Contains("backup --out", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_postgres_it_says_to_use_pg_dump_and_writes_nothing()
    {
        await using var store = await TestStore.CreateAsync(Lianzheng.Core.Persistence.DatabaseProvider.Postgres);
        var copy = Path.Combine(store.Folder, "copy.db");
        var (exit, _, errors) = await BotVerb.RunAsync(
            store.DatabasePath, ["backup", "--out", copy], store.Settings.Select(s => $"--{s.Key}={s.Value}"), environment: "Development");

        Assert.Equal(2, exit);
        Assert.Contains("pg_dump --format=custom", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(copy));
    }

    private static async Task<long> CountAsync(string database, string table)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
