using Lianzheng.Bot.Reports;
using System.CommandLine;
using Lianzheng.Bot.Teams;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Persistence;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Cli;

/// <summary>The bot's configuration and database for a verb that needs them: built from the settings given after a lone
/// <c>--</c> (host-style <c>--Key=Value</c>, as for the web host). On the process's console the logs go to standard
/// error so that standard output holds only what the verb prints; a verb run with other writers (a test) logs nowhere.</summary>
internal sealed class CliHost(IReadOnlyList<string> settings, bool logToConsole)
{
    public async Task<int> RunAsync(ParseResult parse, Func<WebApplication, Task<int>> verb)
    {
        var builder = Hosting.SourceCheckout.CreateBuilder([.. settings]);
        if (logToConsole)
        {
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        }
        else
        {
            builder.Logging.ClearProviders();
        }

        builder.AddBotCore();
        WeComEndpoints.AddWeComApi(builder);
        builder.Services.AddTeamsIdentity();
        builder.Services.AddWorkReports();
        await using var app = builder.Build();
        try
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            return await verb(app);
        }
        catch (OptionsValidationException ex)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync(string.Join(Environment.NewLine, ex.Failures));
            return CliVerbs.BadArguments;
        }
    }
}
