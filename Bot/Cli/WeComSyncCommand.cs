using System.CommandLine;
using System.Globalization;
using Lianzheng.Bot.WeCom;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Cli;

/// <summary><c>wecom-sync</c>: links the members visible to the WeCom app to the staff directory.</summary>
internal static class WeComSyncCommand
{
    public static Command Create(CliHost host)
    {
        var command = new CliCommand("wecom-sync", CliTexts.WeComSyncDescription, CliTexts.WeComSyncUsage);
        command.SetAction(_ => host.RunAsync(RunAsync));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.Enabled)
        {
            await Console.Error.WriteLineAsync(CliTexts.WeComNotConfigured);
            return CliVerbs.BadArguments;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var report = await ActivatorUtilities.CreateInstance<WeComDirectorySync>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        if (report.Error is not null)
        {
            await Console.Error.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.WeComSyncFailed, report.Error));
            return 1;
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, CliTexts.WeComSyncSummary,
            report.Linked.Count, report.AlreadyLinked, report.Ambiguous.Count, report.Unmatched.Count));
        foreach (var (heading, lines) in new[] { (CliTexts.WeComLinked, report.Linked), (CliTexts.WeComAmbiguous, report.Ambiguous), (CliTexts.WeComUnmatched, report.Unmatched) })
        {
            if (lines.Count > 0)
            {
                Console.WriteLine(heading);
                foreach (var line in lines)
                {
                    Console.WriteLine("  " + line);
                }
            }
        }

        return 0;
    }
}
