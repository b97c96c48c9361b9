using System.CommandLine;
using System.Globalization;
using Lianzheng.Bot.Teams;

namespace Lianzheng.Bot.Cli;

/// <summary><c>link-teams --employee-no &lt;工号&gt; (--aad-object-id &lt;id&gt; | --teams-user-id &lt;29:…&gt;) [--replace]</c>:
/// links a Teams account to a staff member explicitly, or moves a link with --replace.</summary>
internal static class LinkTeamsCommand
{
    public static Command Create(CliHost host)
    {
        var employeeNo = CliSyntax.Value("--employee-no", "工号", CliTexts.LinkTeamsEmployeeNoDescription);
        var aadObjectId = CliSyntax.Value("--aad-object-id", "id", CliTexts.LinkTeamsAadObjectIdDescription);
        var teamsUserId = CliSyntax.Value("--teams-user-id", "29:…", CliTexts.LinkTeamsTeamsUserIdDescription);
        var replace = new Option<bool>("--replace") { Description = CliTexts.LinkTeamsReplaceDescription };
        var command = new CliCommand("link-teams", CliTexts.LinkTeamsDescription, CliTexts.LinkTeamsUsage)
        {
            employeeNo, aadObjectId, teamsUserId, replace,
        };
        CliSyntax.Require(command, employeeNo);
        CliSyntax.OneOf(command, aadObjectId, teamsUserId);
        command.SetAction(parse => host.RunAsync(app => RunAsync(
            app, parse.GetValue(employeeNo)!, parse.GetValue(aadObjectId) ?? parse.GetValue(teamsUserId)!, parse.GetValue(replace))));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, string employeeNo, string account, bool replace)
    {
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
