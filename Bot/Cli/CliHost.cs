using Lianzheng.Bot.Teams;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Persistence;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Cli;

/// <summary>The bot's configuration and database for a verb that needs them: built from the settings given after a lone
/// <c>--</c> (host-style <c>--Key=Value</c>, as for the web host), with logs on standard error so that standard output
/// holds only what the verb prints.</summary>
internal sealed class CliHost(IReadOnlyList<string> settings)
{
    public async Task<int> RunAsync(Func<WebApplication, Task<int>> verb)
    {
        var builder = Hosting.SourceCheckout.CreateBuilder([.. settings]);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddBotCore();
        WeComEndpoints.AddWeComApi(builder);
        builder.Services.AddTeamsIdentity();
        await using var app = builder.Build();
        try
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            return await verb(app);
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, ex.Failures));
            return CliVerbs.BadArguments;
        }
    }
}
