using System.Globalization;
using Lianzheng.Bot.WeCom;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Cli;

/// <summary><c>wecom-sync</c>: links the members visible to the WeCom app to the staff directory.</summary>
internal static class WeComSyncCommand
{
    public static async Task<int> RunAsync(string[] args, WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.Enabled)
        {
            await Console.Error.WriteLineAsync(CliTexts.WeComNotConfigured);
            return 2;
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
