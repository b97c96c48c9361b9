using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.AuditProjects;

/// <summary>执行情况报告: at 离场 the team leader reports how the team kept the discipline — all of them, or member by member
/// — and any incident (what, who, how handled); the report goes to the 廉政监督员. Started from the 离场 message's button
/// ("start:execution-report:7") or by name, once the team is on site.</summary>
public sealed class ExecutionReportDialog : BotDialog
{
    public const string DialogId = DialogIds.ExecutionReport;
    private const string StepsId = DialogId + ".steps";
    private const string ProjectKey = "project";
    private const string KeptKey = "kept";
    private const string IncidentKey = "incident";
    private const string PeopleKey = "people";

    private readonly AuditFieldworkService _fieldwork;

    public ExecutionReportDialog(AuditFieldworkService fieldwork)
        : base(DialogId)
    {
        _fieldwork = fieldwork;
        AddDialog(new WaterfallDialog(StepsId,
            [ChooseAsync, AskAllKeptAsync, AskMembersAsync, AskIncidentAsync, AskWhatAsync, AskWhoAsync, AskHandlingAsync, ReviewAsync, SubmitAsync]));
        AddDialog(new MemberConductDialog());
        AddPrompts();
    }

    public override string Name => AuditProjectDialogTexts.ReportName;

    public override string HelpLine => AuditProjectDialogTexts.ReportHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [AuditProjectDialogTexts.ReportName, "离场报告", "纪律执行情况"];

    /// <summary>Whoever leads a team, with the 审计组长 role or not (a supervisor registering a project may name any member):
    /// the dialog itself finds his projects, and tells anyone else he has none to report on.</summary>
    public override bool IsAvailableTo(Staff staff) => !staff.HasRole(StaffRole.DisciplineInspectionGroup);

    /// <summary>The project being reported on, with its team in directory order.</summary>
    private sealed record Reported(int Id, string Name, IReadOnlyList<int> Ids, IReadOnlyList<string> Names);

    private async Task<DialogTurnResult> ChooseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var candidates = await _fieldwork.AwaitingReportOfAsync(step.Turn.User.Id, step.IdArgument(), cancellationToken);
        if (candidates.Count == 0)
        {
            step.Turn.Send(AuditProjectDialogTexts.NoReportDue);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var projects = candidates.Select(p =>
        {
            var team = p.Members.Select(m => m.Staff!).OrderBy(s => s.Id).ToList();
            return new Reported(p.Id, p.Name, [.. team.Select(s => s.Id)], [.. team.Select(s => s.Name)]);
        }).ToList();
        if (projects.Count == 1)
        {
            return await step.NextAsync(projects[0], cancellationToken);
        }

        step.Values.Set(ProjectKey + "s", projects);
        return await step.PromptAsync(PromptIds.Choice,
            ChoicePromptOptions.Ask(AuditProjectDialogTexts.AskWhichProject, projects.Select(p => Choice.Of(p.Id, p.Name))), cancellationToken);
    }

    private static Task<DialogTurnResult> AskAllKeptAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var project = step.Result as Reported
            ?? step.Values.GetRequired<List<Reported>>(ProjectKey + "s").Single(p => p.Id == ((FoundChoice)step.Result!).Id);
        step.Values.Set(ProjectKey, project);
        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(
            AuditProjectDialogTexts.AskAllKept(project.Name, project.Ids.Count, string.Join("、", project.Names))), cancellationToken);
    }

    private static Task<DialogTurnResult> AskMembersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var project = step.Values.GetRequired<Reported>(ProjectKey);
        return (bool)step.Result!
            ? step.NextAsync(project.Ids.ToDictionary(i => i, _ => true), cancellationToken)
            : step.BeginDialogAsync(MemberConductDialog.DialogId, new MemberConductDialog.Progress(project.Ids, project.Names, 0, []), cancellationToken);
    }

    private static Task<DialogTurnResult> AskIncidentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var kept = (Dictionary<int, bool>)step.Result!;
        step.Values.Set(KeptKey, kept);
        // Someone did not keep the discipline: what happened is asked, not whether something did.
        return kept.Values.All(k => k)
            ? step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(AuditProjectDialogTexts.AskIncident) with
            {
                YesLabel = AuditProjectDialogTexts.HasIncident,
                NoLabel = AuditProjectDialogTexts.NoIncident,
            }, cancellationToken)
            : step.NextAsync(true, cancellationToken);
    }

    private static Task<DialogTurnResult> AskWhatAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        (bool)step.Result!
            ? step.PromptAsync(PromptIds.Text, TextPromptOptions.Ask(AuditProjectDialogTexts.AskIncidentWhat, AuditProjectDialogTexts.ExampleIncidentWhat,
                ExecutionReportDraft.MaxTextLength), cancellationToken)
            : step.NextAsync(null, cancellationToken);

    private static Task<DialogTurnResult> AskWhoAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string what)
        {
            return step.NextAsync(null, cancellationToken);
        }

        step.Values.Set(IncidentKey, what);
        return step.PromptAsync(PromptIds.Text, TextPromptOptions.Ask(AuditProjectDialogTexts.AskIncidentWho, AuditProjectDialogTexts.ExampleIncidentWho,
            ExecutionReportDraft.MaxTextLength), cancellationToken);
    }

    private static Task<DialogTurnResult> AskHandlingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not string who)
        {
            return step.NextAsync(null, cancellationToken);
        }

        step.Values.Set(PeopleKey, who);
        return step.PromptAsync(PromptIds.Text, TextPromptOptions.Ask(AuditProjectDialogTexts.AskIncidentHandling,
            AuditProjectDialogTexts.ExampleIncidentHandling, ExecutionReportDraft.MaxTextLength), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = Draft(step, step.Result as string);
        step.Values.Set(nameof(ExecutionReportDraft), draft);
        var project = step.Values.GetRequired<Reported>(ProjectKey);
        var report = AuditProjectTexts.Report(project.Ids.Select((id, i) => (project.Names[i], draft.KeptDiscipline[id])),
            draft.Incident, draft.IncidentPeople, draft.IncidentHandling);
        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(AuditProjectDialogTexts.ReviewReport(project.Name, report)) with
        {
            YesLabel = AuditProjectDialogTexts.SubmitReport,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(AuditProjectDialogTexts.ReportNotSubmitted);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var project = step.Values.GetRequired<Reported>(ProjectKey);
        var report = await _fieldwork.ReportAsync(step.Turn.User, project.Id, step.Values.GetRequired<ExecutionReportDraft>(nameof(ExecutionReportDraft)),
            cancellationToken, step.Turn.Activity.SourceKey);
        step.Turn.Send(report is null ? AuditProjectDialogTexts.NoReportDue : AuditProjectDialogTexts.ReportSubmitted);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static ExecutionReportDraft Draft(WaterfallStepContext step, string? handling)
    {
        var kept = step.Values.GetRequired<Dictionary<int, bool>>(KeptKey);
        var incident = step.Values.Get<string>(IncidentKey);
        return incident is null
            ? new ExecutionReportDraft(kept)
            : new ExecutionReportDraft(kept, incident, step.Values.Get<string>(PeopleKey), handling);
    }
}
