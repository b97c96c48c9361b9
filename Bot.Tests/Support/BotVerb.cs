using System.Diagnostics;
using Lianzheng.Bot.Cli;

namespace Lianzheng.Tests.Support;

/// <summary>An operator verb of the bot, run the way an operator runs it:
/// `dotnet Bot.dll &lt;verb&gt; … -- --ConnectionStrings:Lianzheng=… [settings]`.
/// <see cref="RunAsync"/> runs it inside the test process through the same entry point (<see cref="CliVerbs"/>), with
/// what it prints and its problems captured and the database's folder as its content root, as a process started
/// there would have it (give files by full path); <see cref="RunProcessAsync"/> starts the bot's own executable, for what only a process
/// shows (the program's dispatch, standard output kept clean of logs).</summary>
internal static class BotVerb
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(
        string database, IEnumerable<string> verb, IEnumerable<string>? settings = null, string? environment = null)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        string[] args =
        [
            .. verb, "--", $"--ConnectionStrings:Lianzheng=Data Source={database}",
            $"--contentRoot={Path.GetDirectoryName(database)}", $"--environment={environment ?? "Production"}", .. settings ?? [],
        ];
        var exit = await CliVerbs.RunAsync(args, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    public static async Task<(int Exit, string Output, string Errors)> RunProcessAsync(
        string database, IEnumerable<string> verb, IEnumerable<string>? settings = null, string? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(database)!,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        if (environment is not null)
        {
            start.Environment["DOTNET_ENVIRONMENT"] = environment;
        }

        foreach (var arg in (string[])["exec", Path.Combine(AppContext.BaseDirectory, "Bot.dll"), .. verb, "--",
                     $"--ConnectionStrings:Lianzheng=Data Source={database}", .. settings ?? []])
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await errors);
    }
}
