using System.Diagnostics;

namespace Lianzheng.Tests.Support;

/// <summary>An operator verb of the bot's own executable run as a process, as an operator runs it:
/// `dotnet Bot.dll &lt;verb&gt; … -- --ConnectionStrings:Lianzheng=… [settings]`; what it prints is what a person or a
/// script reads.</summary>
internal static class BotVerb
{
    public static async Task<(int Exit, string Output, string Errors)> RunAsync(
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
