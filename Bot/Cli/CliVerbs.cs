namespace Lianzheng.Bot.Cli;

/// <summary>Operator commands on the same executable: <c>dotnet run --project Bot -- &lt;verb&gt; ...</c>. They use the
/// configuration and database of the bot; logs go to standard error so that the output stays clean.</summary>
public static class CliVerbs
{
    private static readonly Dictionary<string, Func<string[], WebApplication, Task<int>>> Verbs = new(StringComparer.Ordinal)
    {
        ["import-staff"] = ImportStaffCommand.RunAsync,
        ["wecom-sync"] = WeComSyncCommand.RunAsync,
        ["holidays"] = HolidaysCommand.RunAsync,
        ["link-teams"] = LinkTeamsCommand.RunAsync,
        ["audit-verify"] = AuditVerifyCommand.RunAsync,
    };

    /// <summary>Verbs that need neither the configuration nor the database.</summary>
    private static readonly Dictionary<string, Func<string[], Task<int>>> StandaloneVerbs = new(StringComparer.Ordinal)
    {
        ["teams-package"] = TeamsPackageCommand.RunAsync,
    };

    public static bool IsVerb(string[] args) =>
        args.Length > 0 && (Verbs.ContainsKey(args[0]) || StandaloneVerbs.ContainsKey(args[0]) || args[0] is "help" or "--help");

    public static async Task<int> RunAsync(string[] args)
    {
        if (StandaloneVerbs.TryGetValue(args[0], out var standalone))
        {
            return await standalone(args[1..]);
        }

        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            await Console.Out.WriteLineAsync(CliTexts.Usage);
            return 0;
        }

        var verbArgs = args[1..].TakeWhile(a => a != "--").ToArray();
        var builder = Hosting.SourceCheckout.CreateBuilder(args[1..].SkipWhile(a => a != "--").Skip(1).ToArray());
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddBotCore();
        Lianzheng.Bot.WeCom.WeComEndpoints.AddWeComApi(builder);
        Lianzheng.Bot.Teams.TeamsEndpoints.AddTeamsIdentity(builder.Services);
        await using var app = builder.Build();
        try
        {
            await app.Services.GetRequiredService<Core.Persistence.DatabaseMigrator>().MigrateAsync(CancellationToken.None);
            return await verb(verbArgs, app);
        }
        catch (Microsoft.Extensions.Options.OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, ex.Failures));
            return 2;
        }
    }
}
