using System.CommandLine;
using System.CommandLine.Invocation;
using Lianzheng.Bot.WeCom;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Cli;

/// <summary><c>wecom-sync</c>: links the members visible to the WeCom app to the staff directory.</summary>
internal static class WeComSyncCommand
{
    public static Command Create(CliHost host)
    {
        var command = new CliCommand("wecom-sync", CliTexts.WeComSyncDescription, CliTexts.WeComSyncUsage);
        command.SetAction(parse => host.RunAsync(parse, app => RunAsync(app, parse.InvocationConfiguration)));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, InvocationConfiguration console)
    {
        if (!app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.Enabled)
        {
            await console.Error.WriteLineAsync(CliTexts.WeComNotConfigured);
            return CliVerbs.BadArguments;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var report = await ActivatorUtilities.CreateInstance<WeComDirectorySync>(scope.ServiceProvider).RunAsync(CancellationToken.None);
        if (report.Error is not null)
        {
            await console.Error.WriteLineAsync(CliTexts.WeComSyncFailed(report.Error));
            return 1;
        }

        console.Output.WriteLine(CliTexts.WeComSyncSummary(
            report.Linked.Count, report.AlreadyLinked, report.Ambiguous.Count, report.Unmatched.Count));
        foreach (var (heading, lines) in new[] { (CliTexts.WeComLinked, report.Linked), (CliTexts.WeComAmbiguous, report.Ambiguous), (CliTexts.WeComUnmatched, report.Unmatched) })
        {
            if (lines.Count > 0)
            {
                console.Output.WriteLine(heading);
                foreach (var line in lines)
                {
                    console.Output.WriteLine("  " + line);
                }
            }
        }

        return 0;
    }
}
