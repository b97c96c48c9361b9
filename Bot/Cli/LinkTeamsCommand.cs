using System.CommandLine;
using System.CommandLine.Invocation;
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
        command.SetAction(parse => host.RunAsync(parse, app => RunAsync(
            app, parse.InvocationConfiguration, parse.GetValue(employeeNo)!, parse.GetValue(aadObjectId) ?? parse.GetValue(teamsUserId)!, parse.GetValue(replace))));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, InvocationConfiguration console, string employeeNo, string account, bool replace)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TeamsAccountLinker>().LinkAsync(employeeNo, account, replace, CancellationToken.None);
        var (who, linked) = (result.Person ?? "", result.Account ?? "");
        var (line, exit) = result.Outcome switch
        {
            TeamsLinkOutcome.Linked when result.Other is not null => (CliTexts.LinkTeamsMoved(who, linked, result.Other), 0),
            TeamsLinkOutcome.Linked => (CliTexts.LinkTeamsLinked(who, linked), 0),
            TeamsLinkOutcome.AlreadyLinked => (CliTexts.LinkTeamsAlreadyLinked(who, linked), 0),
            TeamsLinkOutcome.StaffNotFound => (CliTexts.LinkTeamsStaffNotFound(who), 1),
            TeamsLinkOutcome.AccountNotFound => (CliTexts.LinkTeamsAccountNotFound(linked), 1),
            TeamsLinkOutcome.AccountAmbiguous => (CliTexts.LinkTeamsAccountAmbiguous(linked), 1),
            TeamsLinkOutcome.ForeignTenant => (CliTexts.LinkTeamsForeignTenant(linked, result.TenantId, result.BureauTenantId), 1),
            TeamsLinkOutcome.StaffHasOtherAccount => (CliTexts.LinkTeamsStaffHasOther(who, linked, result.Other), 1),
            _ => (CliTexts.LinkTeamsAccountHasOther(who, linked, result.Other), 1),
        };
        await (exit == 0 ? console.Output : console.Error).WriteLineAsync(line);
        return exit;
    }
}
