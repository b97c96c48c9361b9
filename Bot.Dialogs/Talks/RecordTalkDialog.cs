using System.Globalization;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Talks;

/// <summary>记录谈话: a leader records an integrity talk with one or all of the heads of the sections he oversees
/// (the talk-due notice's button names the head: "start:record-talk:{staff id}"), or the pre-audit collective talk of
/// an audit project ("start:record-talk:project-{id}"). Whom, form, date, summary, a check, then stored.</summary>
public sealed class RecordTalkDialog : BotDialog
{
    public const string DialogId = DialogIds.RecordTalk;
    private const string StepsId = DialogId + ".steps";
    private const string ProjectPrefix = "project-";
    private const string AllHeadsValue = "all";
    private const string WhomKey = "whom";
    private const string ProjectKey = "project";
    private const string FormKey = "form";
    private const string DateKey = "date";
    private const string SummaryKey = "summary";
    private const string PartiesKey = "parties";

    private readonly TalkService _talks;
    private readonly AuditProjectService _projects;
    private readonly IOptions<TalkOptions> _talkOptions;

    public RecordTalkDialog(TalkService talks, AuditProjectService projects, IOptions<TalkOptions> talkOptions)
        : base(DialogId)
    {
        _talks = talks;
        _projects = projects;
        _talkOptions = talkOptions;
        AddDialog(new WaterfallDialog(StepsId, [AskWhomAsync, AskFormAsync, AskDateAsync, AskSummaryAsync, ReviewAsync, RecordAsync]));
        AddPrompts();
    }

    public override string Name => TalkDialogTexts.RecordTalkName;

    public override string HelpLine => TalkDialogTexts.RecordTalkHelp;

    public override IReadOnlyList<string> Keywords => [TalkDialogTexts.RecordTalkName, "廉政谈话", "谈话记录"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.Leader) || staff.HasRole(StaffRole.PartySecretary);

    private async Task<DialogTurnResult> AskWhomAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var argument = step.OptionsNode?.GetValueKind() == System.Text.Json.JsonValueKind.String ? step.OptionsNode.GetValue<string>() : null;
        if (argument is not null && argument.StartsWith(ProjectPrefix, StringComparison.Ordinal))
        {
            return await BeginProjectTalkAsync(step, argument[ProjectPrefix.Length..], cancellationToken);
        }

        var heads = await _talks.HeadsOverseenByAsync(step.Turn.User.Id, cancellationToken);
        if (heads.Count == 0)
        {
            step.Turn.Send(TalkDialogTexts.NoHeads);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Each head by his staff id, and all of them; what each choice means is kept for the next step.
        var parties = heads.ToDictionary(
            h => h.Id.ToString(CultureInfo.InvariantCulture), h => new TalkParties($"{h.Name}（{h.Section?.Name}）", [h.Id]));
        parties[AllHeadsValue] = new TalkParties(TalkDialogTexts.AllHeads, [.. heads.Select(h => h.Id)]);
        step.Values.Set(PartiesKey, parties);
        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var headId) && heads.Any(h => h.Id == headId))
        {
            return await step.NextAsync(parties[headId.ToString(CultureInfo.InvariantCulture)], cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
            TalkDialogTexts.AskWhom, parties.Select(p => new Choice(p.Key, p.Value.Label)), TalkDialogTexts.RecordTalkTitle), cancellationToken);
    }

    private async Task<DialogTurnResult> BeginProjectTalkAsync(WaterfallStepContext step, string id, CancellationToken cancellationToken)
    {
        var projectId = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var project = await _projects.AwaitingTalkOfAsync(projectId, step.Turn.User.Id, cancellationToken);
        if (project is null)
        {
            step.Turn.Send(TalkDialogTexts.ProjectNotFound);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(ProjectKey, project.Id);
        step.Values.Set(FormKey, TalkForm.Collective);
        var whom = new TalkParties(TalkDialogTexts.PreAuditTalkOf(project.Name, project.Members.Count), [.. project.Members.Select(m => m.StaffId)]);
        step.Turn.Send(new OutboundMessage(whom.Label, TalkDialogTexts.RecordTalkTitle));
        return await step.NextAsync(whom, cancellationToken);
    }

    private static Task<DialogTurnResult> AskFormAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var whom = step.Result as TalkParties
            ?? step.Values.GetRequired<Dictionary<string, TalkParties>>(PartiesKey)[((FoundChoice)step.Result!).Value];
        step.Values.Set(WhomKey, whom);
        if (step.Values.Has(FormKey))
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(TalkDialogTexts.AskForm,
        [
            Choice.Of(TalkForm.Individual, TalkDialogTexts.FormIndividual),
            Choice.Of(TalkForm.Collective, TalkDialogTexts.FormCollective),
        ]), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice form)
        {
            step.Values.Set(FormKey, form.As<TalkForm>());
        }

        var today = step.Turn.Today;
        return step.PromptAsync(PromptIds.Date, DatePromptOptions.Ask(TalkDialogTexts.AskTalkDate, "今天",
            DatePreference.Past, new DateOnly(today.Year, 1, 1), today), cancellationToken);
    }

    private static Task<DialogTurnResult> AskSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DateKey, (DateOnly)step.Result!);
        return step.PromptAsync(PromptIds.Text,
            TextPromptOptions.Ask(TalkDialogTexts.AskSummary, TalkDialogTexts.ExampleSummary, 500), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(SummaryKey, (string)step.Result!);
        var form = step.Values.GetRequired<TalkForm>(FormKey) == TalkForm.Collective
            ? TalkDialogTexts.FormCollective
            : TalkDialogTexts.FormIndividual;
        var text = TalkDialogTexts.ConfirmTalk(
            step.Values.GetRequired<TalkParties>(WhomKey).Label, form, DomainNames.Date(step.Values.GetRequired<DateOnly>(DateKey)));
        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(text), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(TalkDialogTexts.TalkNotRecorded);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var date = step.Values.GetRequired<DateOnly>(DateKey);
        var summary = step.Values.GetRequired<string>(SummaryKey);
        if (step.Values.Get<int?>(ProjectKey) is { } projectId)
        {
            var talk = await _projects.RecordTalkAsync(step.Turn.User, projectId, date, summary, cancellationToken);
            step.Turn.Send(talk is null
                ? new OutboundMessage(TalkDialogTexts.ProjectNotFound)
                : new OutboundMessage(TalkDialogTexts.PreAuditTalkRecorded(talk.Id, talk.Participants.Count),
                    Buttons: [AuditDiscipline.ShowFullTextButton]));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var participants = step.Values.GetRequired<TalkParties>(WhomKey).StaffIds;
        var recorded = await _talks.RecordAsync(step.Turn.User, participants, step.Values.GetRequired<TalkForm>(FormKey), date, summary, null, cancellationToken,
            step.Turn.Activity.SourceKey);
        var progress = (await _talks.ProgressAsync(step.Turn.User.Id, date.Year, cancellationToken)).Where(p => participants.Contains(p.HeadId));
        var required = _talkOptions.Value.RequiredPerYear;
        step.Turn.Send(TalkDialogTexts.TalkRecorded(recorded.Id) + "\n" + string.Join("\n",
            progress.Select(p => TalkDialogTexts.PairProgress(date.Year, p.HeadName, p.Held, required))));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
