using System.Globalization;
using System.Text.Json.Nodes;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Integrity;

/// <summary>登记审计项目: an audit team leader or an integrity supervisor registers a project: name, major or not, start
/// date, the team (names from the directory), its leader and the responsible leader. A major project asks the
/// responsible leader for the pre-audit collective talk; an ordinary one sends the team its discipline reminder.</summary>
public sealed class RegisterAuditProjectDialog : BotDialog
{
    private const string NameKey = "name";
    private const string MajorKey = "major";
    private const string StartKey = "start";
    private const string MembersKey = "members";
    private const string TeamLeaderKey = "teamLeader";
    private const string LeadersKey = "leaders";

    private readonly StaffDirectory _directory;
    private readonly AuditProjectService _projects;

    public RegisterAuditProjectDialog(StaffDirectory directory, AuditProjectService projects)
        : base(DialogIds.RegisterAuditProject)
    {
        _directory = directory;
        _projects = projects;
        AddDialog(new WaterfallDialog(Id + ".steps",
            [AskNameAsync, AskMajorAsync, AskStartAsync, AskMembersAsync, AskTeamLeaderAsync, AskResponsibleLeaderAsync, ReviewAsync, RegisterAsync]));
        AddDialog(new TeamMembersDialog(directory));
        AddPrompts();
    }

    public override string Name => IntegrityDialogTexts.RegisterName;

    public override string HelpLine => IntegrityDialogTexts.RegisterHelp;

    public override IReadOnlyList<string> Keywords => [IntegrityDialogTexts.RegisterName, "审计项目", "登记项目"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.AuditTeamLeader) || staff.HasRole(StaffRole.IntegritySupervisor);

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Text, PromptOptions.Ask(IntegrityDialogTexts.AskProjectName, IntegrityDialogTexts.ExampleProjectName,
            new JsonObject { ["maxLength"] = 100 }, IntegrityDialogTexts.RegisterTitle), cancellationToken);

    private static Task<DialogTurnResult> AskMajorAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(NameKey, (string)step.Result!);
        return step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(IntegrityDialogTexts.AskMajor), cancellationToken);
    }

    private static Task<DialogTurnResult> AskStartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(MajorKey, (bool)step.Result!);
        var today = step.Turn.Today;
        return step.PromptAsync(PromptIds.Date, PromptOptions.Ask(IntegrityDialogTexts.AskStartDate, "12月15日",
            DatePrompt.Bounds(DatePreference.Future, today, today.AddDays(366))), cancellationToken);
    }

    private static Task<DialogTurnResult> AskMembersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(StartKey, (DateOnly)step.Result!);
        return step.BeginDialogAsync(TeamMembersDialog.DialogId, null, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskTeamLeaderAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var members = (Dictionary<string, int>)step.Result!;
        step.Values.Set(MembersKey, members);
        var user = step.Turn.User;
        if (user.HasRole(StaffRole.AuditTeamLeader))
        {
            return await step.NextAsync(user.Name, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = new OutboundMessage(IntegrityDialogTexts.AskTeamLeader), Choices = [.. members.Keys] }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskResponsibleLeaderAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var teamLeader = (string)step.Result!;
        step.Values.Set(TeamLeaderKey, teamLeader == step.Turn.User.Name ? step.Turn.User.Id : step.Values.GetRequired<Dictionary<string, int>>(MembersKey)[teamLeader]);
        var leaders = await _directory.NamesWithRoleAsync(StaffRole.Leader, cancellationToken);
        if (leaders.Count == 0)
        {
            step.Turn.Send(IntegrityDialogTexts.NoLeaders);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(LeadersKey, leaders.ToDictionary(l => l.Name, l => l.Id));
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = new OutboundMessage(IntegrityDialogTexts.AskResponsibleLeader), Choices = [.. leaders.Select(l => l.Name)] }, cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var responsible = (string)step.Result!;
        step.Values.Set(LeadersKey, new Dictionary<string, int> { [responsible] = step.Values.GetRequired<Dictionary<string, int>>(LeadersKey)[responsible] });
        var members = step.Values.GetRequired<Dictionary<string, int>>(MembersKey);
        var teamLeaderId = step.Values.GetRequired<int>(TeamLeaderKey);
        var teamLeaderName = members.FirstOrDefault(m => m.Value == teamLeaderId).Key ?? step.Turn.User.Name;
        var text = string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.ReviewProject,
            step.Values.GetRequired<string>(NameKey), step.Values.GetRequired<bool>(MajorKey) ? IntegrityDialogTexts.Major : IntegrityDialogTexts.NotMajor,
            DomainNames.Date(step.Values.GetRequired<DateOnly>(StartKey)), teamLeaderName, responsible, string.Join("、", members.Keys));
        return step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(text), cancellationToken);
    }

    private async Task<DialogTurnResult> RegisterAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(IntegrityDialogTexts.ProjectNotRegistered);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var responsible = step.Values.GetRequired<Dictionary<string, int>>(LeadersKey).Single();
        var draft = new AuditProjectDraft(
            step.Values.GetRequired<string>(NameKey), step.Values.GetRequired<bool>(MajorKey), step.Values.GetRequired<DateOnly>(StartKey),
            step.Values.GetRequired<int>(TeamLeaderKey), responsible.Value, [.. step.Values.GetRequired<Dictionary<string, int>>(MembersKey).Values]);
        var project = await _projects.RegisterAsync(step.Turn.User, draft, cancellationToken, step.Turn.Activity.SourceKey);
        var next = project.IsMajor
            ? string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.ProjectMajorNext, responsible.Key)
            : string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.ProjectOrdinaryNext, project.Members.Count);
        step.Turn.Send(new OutboundMessage(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.ProjectRegistered, project.Id) + next,
            Buttons: [new MessageButton(IntegrityDialogTexts.StatusName, Actions.Start(DialogIds.ConfirmationStatus))]));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
