using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Announcements;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.AuditProjects;

/// <summary>登记审计项目: an audit team leader or an integrity supervisor registers a project: name, major or not, start
/// (进点) and end (离场) dates, the team (names from the directory), its leader and the responsible leader. A major project asks the
/// responsible leader for the pre-audit collective talk; an ordinary one sends the team its discipline reminder.</summary>
public sealed class RegisterAuditProjectDialog : BotDialog
{
    public const string DialogId = DialogIds.RegisterAuditProject;
    private const string StepsId = DialogId + ".steps";
    private const string NameKey = "name";
    private const string MajorKey = "major";
    private const string StartKey = "start";
    private const string EndKey = "end";
    private const string MembersKey = "members";
    private const string TeamLeaderKey = "teamLeader";
    private const string ResponsibleKey = "responsible";

    private readonly StaffDirectory _directory;
    private readonly AuditProjectService _projects;
    private readonly AuditFieldworkService _fieldwork;

    public RegisterAuditProjectDialog(StaffDirectory directory, AuditProjectService projects, AuditFieldworkService fieldwork)
        : base(DialogId)
    {
        _directory = directory;
        _projects = projects;
        _fieldwork = fieldwork;
        AddDialog(new WaterfallDialog(StepsId,
            [AskNameAsync, AskMajorAsync, AskStartAsync, AskEndAsync, AskMembersAsync, AskTeamLeaderAsync, AskResponsibleLeaderAsync, ReviewAsync, RegisterAsync]));
        AddDialog(new TeamMembersDialog(directory));
        AddPrompts();
    }

    public override string Name => AuditProjectDialogTexts.RegisterName;

    public override string HelpLine => AuditProjectDialogTexts.RegisterHelp;

    public override IReadOnlyList<string> Keywords => [AuditProjectDialogTexts.RegisterName, "审计项目", "登记项目"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.AuditTeamLeader) || staff.HasRole(StaffRole.IntegritySupervisor);

    public override IReadOnlyList<StaffRole>? ReservedFor => [StaffRole.AuditTeamLeader, StaffRole.IntegritySupervisor];

    private static Task<DialogTurnResult> AskNameAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Text, TextPromptOptions.Ask(AuditProjectDialogTexts.AskProjectName, AuditProjectDialogTexts.ExampleProjectName,
            100, AuditProjectDialogTexts.RegisterTitle), cancellationToken);

    private static Task<DialogTurnResult> AskMajorAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(NameKey, (string)step.Result!);
        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(AuditProjectDialogTexts.AskMajor), cancellationToken);
    }

    private static Task<DialogTurnResult> AskStartAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(MajorKey, (bool)step.Result!);
        var today = step.Turn.Today;
        return step.PromptAsync(PromptIds.Date, DatePromptOptions.Ask(AuditProjectDialogTexts.AskStartDate, "12月15日",
            DatePreference.Future, today, today.AddDays(366)), cancellationToken);
    }

    private static Task<DialogTurnResult> AskEndAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var start = (DateOnly)step.Result!;
        step.Values.Set(StartKey, start);
        return step.PromptAsync(PromptIds.Date, DatePromptOptions.Ask(AuditProjectDialogTexts.AskEndDate, DomainNames.Date(start.AddDays(14)),
            DatePreference.Future, start, start.AddDays(366)), cancellationToken);
    }

    private static Task<DialogTurnResult> AskMembersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(EndKey, (DateOnly)step.Result!);
        return step.BeginDialogAsync(TeamMembersDialog.DialogId, null, cancellationToken);
    }

    private static async Task<DialogTurnResult> AskTeamLeaderAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var members = (Dictionary<string, int>)step.Result!;
        step.Values.Set(MembersKey, members);
        var user = step.Turn.User;
        if (user.HasRole(StaffRole.AuditTeamLeader))
        {
            return await step.NextAsync(user.Id, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice,
            ChoicePromptOptions.Ask(AuditProjectDialogTexts.AskTeamLeader, members.Select(m => Choice.Of(m.Value, m.Key))), cancellationToken);
    }

    private async Task<DialogTurnResult> AskResponsibleLeaderAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // The user himself (a team leader), or the member he chose.
        step.Values.Set(TeamLeaderKey, step.Result is FoundChoice teamLeader ? teamLeader.Id : (int)step.Result!);
        var leaders = await _directory.NamesWithRoleAsync(StaffRole.Leader, cancellationToken);
        if (leaders.Count == 0)
        {
            step.Turn.Send(AuditProjectDialogTexts.NoLeaders);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice,
            ChoicePromptOptions.Ask(AuditProjectDialogTexts.AskResponsibleLeader, leaders.Select(l => Choice.Of(l.Id, l.Name))), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var responsible = (FoundChoice)step.Result!;
        step.Values.Set(ResponsibleKey, new KeyValuePair<string, int>(responsible.Label, responsible.Id));
        var members = step.Values.GetRequired<Dictionary<string, int>>(MembersKey);
        var teamLeaderId = step.Values.GetRequired<int>(TeamLeaderKey);
        var teamLeaderName = members.FirstOrDefault(m => m.Value == teamLeaderId).Key ?? step.Turn.User.Name;
        var text = AuditProjectDialogTexts.ReviewProject(
            step.Values.GetRequired<string>(NameKey), step.Values.GetRequired<bool>(MajorKey) ? AuditProjectDialogTexts.Major : AuditProjectDialogTexts.NotMajor,
            DomainNames.Date(step.Values.GetRequired<DateOnly>(StartKey)), DomainNames.Date(step.Values.GetRequired<DateOnly>(EndKey)),
            teamLeaderName, responsible.Label, string.Join("、", members.Keys));
        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(text), cancellationToken);
    }

    private async Task<DialogTurnResult> RegisterAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(AuditProjectDialogTexts.ProjectNotRegistered);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var responsible = step.Values.GetRequired<KeyValuePair<string, int>>(ResponsibleKey);
        var draft = new AuditProjectDraft(
            step.Values.GetRequired<string>(NameKey), step.Values.GetRequired<bool>(MajorKey), step.Values.GetRequired<DateOnly>(StartKey),
            step.Values.GetRequired<DateOnly>(EndKey), step.Values.GetRequired<int>(TeamLeaderKey), responsible.Value,
            [.. step.Values.GetRequired<Dictionary<string, int>>(MembersKey).Values]);
        var project = await _projects.RegisterAsync(step.Turn.User, draft, cancellationToken, step.Turn.Activity.SourceKey);
        var next = (project.IsMajor, project.TeamReminderMessageId is not null) switch
        {
            (false, _) => AuditProjectDialogTexts.ProjectOrdinaryNext(project.Members.Count),
            (true, false) => AuditProjectDialogTexts.ProjectMajorNext(responsible.Key),
            (true, true) => AuditProjectDialogTexts.ProjectMajorLate(responsible.Key, project.Members.Count),
        };
        var fieldwork = await _fieldwork.NoticeSentAsync(project.Id, cancellationToken)
            ? AuditProjectDialogTexts.ProjectNoticeSent
            : AuditProjectDialogTexts.ProjectFieldworkNext;
        step.Turn.Send(new OutboundMessage(AuditProjectDialogTexts.ProjectRegistered(project.Id) + next + fieldwork,
            Buttons:
            [
                new MessageButton(AnnouncementDialogTexts.StatusName, Actions.Start(ConfirmationStatusDialog.DialogId)),
                AuditDiscipline.ShowFullTextButton,
            ]));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
