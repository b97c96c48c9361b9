using System.Globalization;
using Lianzheng.Bot.Teams;

namespace Lianzheng.Bot.Cli;

/// <summary><c>link-teams --employee-no &lt;工号&gt; (--aad-object-id &lt;id&gt; | --teams-user-id &lt;29:…&gt;) [--replace]</c>:
/// links a Teams account to a staff member explicitly, or moves a link with --replace.</summary>
internal static class LinkTeamsCommand
{
    public static async Task<int> RunAsync(string[] args, WebApplication app)
    {
        string? employeeNo = null, account = null;
        var replace = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--employee-no" when i + 1 < args.Length:
                    employeeNo = args[++i];
                    break;
                case "--aad-object-id" or "--teams-user-id" when i + 1 < args.Length && account is null:
                    account = args[++i];
                    break;
                case "--replace":
                    replace = true;
                    break;
                default:
                    await Console.Error.WriteLineAsync(CliTexts.LinkTeamsUsage);
                    return 2;
            }
        }

        if (string.IsNullOrWhiteSpace(employeeNo) || string.IsNullOrWhiteSpace(account))
        {
            await Console.Error.WriteLineAsync(CliTexts.LinkTeamsUsage);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TeamsAccountLinker>().LinkAsync(employeeNo, account, replace, CancellationToken.None);
        var (text, exit) = result.Outcome switch
        {
            TeamsLinkOutcome.Linked when result.Other is not null => (CliTexts.LinkTeamsMoved, 0),
            TeamsLinkOutcome.Linked => (CliTexts.LinkTeamsLinked, 0),
            TeamsLinkOutcome.AlreadyLinked => (CliTexts.LinkTeamsAlreadyLinked, 0),
            TeamsLinkOutcome.StaffNotFound => (CliTexts.LinkTeamsStaffNotFound, 1),
            TeamsLinkOutcome.AccountNotFound => (CliTexts.LinkTeamsAccountNotFound, 1),
            TeamsLinkOutcome.AccountAmbiguous => (CliTexts.LinkTeamsAccountAmbiguous, 1),
            TeamsLinkOutcome.ForeignTenant => (CliTexts.LinkTeamsForeignTenant, 1),
            TeamsLinkOutcome.StaffHasOtherAccount => (CliTexts.LinkTeamsStaffHasOther, 1),
            _ => (CliTexts.LinkTeamsAccountHasOther, 1),
        };
        var line = string.Format(CultureInfo.InvariantCulture, text, result.Person, result.Account, result.TenantId, result.BureauTenantId, result.Other);
        await (exit == 0 ? Console.Out : Console.Error).WriteLineAsync(line);
        return exit;
    }
}
