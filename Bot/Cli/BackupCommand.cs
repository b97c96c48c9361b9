using System.CommandLine;
using Lianzheng.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Cli;

/// <summary><c>backup --out file.db</c>: a consistent copy of the SQLite database, taken with SQLite's online backup API
/// (the bot may go on running meanwhile), then checked with <c>PRAGMA integrity_check</c>. An existing file is never
/// overwritten, and the copy is readable by its owner only (0600). A PostgreSQL database is backed up with pg_dump, which
/// the help says.</summary>
internal static class BackupCommand
{
    public static Command Create(CliHost host)
    {
        var output = CliSyntax.Value("--out", "file.db", CliTexts.BackupOutDescription);
        var command = new CliCommand("backup", CliTexts.BackupDescription, CliTexts.BackupUsage) { output };
        CliSyntax.Require(command, output);
        command.SetAction(parse => host.RunAsync(parse, async app =>
        {
            var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.Provider == DatabaseProvider.Postgres)
            {
                // PostgreSQL's own tool takes a consistent copy of a running server; this verb copies a SQLite file.
                await parse.InvocationConfiguration.Error.WriteLineAsync(CliTexts.BackupUsePgDump);
                return 2;
            }

            var file = Path.GetFullPath(parse.GetValue(output)!);
            if (File.Exists(file))
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(CliTexts.BackupExists(file));
                return 2;
            }

            // The copy holds everyone's filings: readable by the bot's account only, like the audit key beside the database.
            if (!OperatingSystem.IsWindows())
            {
                await using var _ = new FileStream(file, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
            }

            await using (var source = new SqliteConnection(database.ConnectionString))
            await using (var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString()))
            {
                await source.OpenAsync();
                await target.OpenAsync();
                source.BackupDatabase(target);
                await using var check = target.CreateCommand();
                check.CommandText = "PRAGMA integrity_check";
                if (await check.ExecuteScalarAsync() is not "ok")
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync(CliTexts.BackupDamaged(file));
                    return 1;
                }
            }

            parse.InvocationConfiguration.Output.WriteLine(CliTexts.BackupWritten(file, new FileInfo(file).Length));
            return 0;
        }));
        return command;
    }
}
