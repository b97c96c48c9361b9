using System.Globalization;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Texts;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Integrity;

/// <summary>记录谈话: a leader records an integrity talk with one or all of the heads of the sections he oversees
/// (the talk-due notice's button names the head: "start:record-talk:{staff id}"), or the pre-audit collective talk of
/// an audit project ("start:record-talk:project-{id}"). Whom, form, date, summary, a check, then stored.</summary>
public sealed class RecordTalkDialog : BotDialog
{
    private const string ProjectPrefix = "project-";
    private const string WhomKey = "whom";
    private const string ProjectKey = "project";
    private const string FormKey = "form";
    private const string DateKey = "date";
    private const string SummaryKey = "summary";
    private const string LabelsKey = "labels";

    private readonly TalkService _talks;
    private readonly AuditProjectService _projects;
    private readonly IOptions<TalkOptions> _talkOptions;

    public RecordTalkDialog(TalkService talks, AuditProjectService projects, IOptions<TalkOptions> talkOptions)
        : base(DialogIds.RecordTalk)
    {
        _talks = talks;
        _projects = projects;
        _talkOptions = talkOptions;
        AddDialog(new WaterfallDialog(Id + ".steps", [AskWhomAsync, AskFormAsync, AskDateAsync, AskSummaryAsync, ReviewAsync, RecordAsync]));
        AddPrompts();
    }

    public override string Name => IntegrityDialogTexts.RecordTalkName;

    public override string HelpLine => IntegrityDialogTexts.RecordTalkHelp;

    public override IReadOnlyList<string> Keywords => [IntegrityDialogTexts.RecordTalkName, "廉政谈话", "谈话记录"];

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
            step.Turn.Send(IntegrityDialogTexts.NoHeads);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var labels = heads.ToDictionary(h => $"{h.Name}（{h.Section?.Name}）", h => new[] { h.Id });
        labels[IntegrityDialogTexts.AllHeads] = [.. heads.Select(h => h.Id)];
        step.Values.Set(LabelsKey, labels);
        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var headId) && heads.Any(h => h.Id == headId))
        {
            return await step.NextAsync(labels.First(l => l.Value.SequenceEqual([headId])).Key, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Prompt = new OutboundMessage(IntegrityDialogTexts.AskWhom, IntegrityDialogTexts.RecordTalkTitle),
            Choices = [.. labels.Keys],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> BeginProjectTalkAsync(WaterfallStepContext step, string id, CancellationToken cancellationToken)
    {
        var projectId = int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        var project = await _projects.AwaitingTalkOfAsync(projectId, step.Turn.User.Id, cancellationToken);
        if (project is null)
        {
            step.Turn.Send(IntegrityDialogTexts.ProjectNotFound);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(ProjectKey, project.Id);
        step.Values.Set(FormKey, TalkForm.Collective);
        var whom = string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.PreAuditTalkOf, project.Name, project.Members.Count);
        step.Values.Set(LabelsKey, new Dictionary<string, int[]> { [whom] = [.. project.Members.Select(m => m.StaffId)] });
        step.Turn.Send(new OutboundMessage(whom, IntegrityDialogTexts.RecordTalkTitle));
        return await step.NextAsync(whom, cancellationToken);
    }

    private static Task<DialogTurnResult> AskFormAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(WhomKey, (string)step.Result!);
        if (step.Values.Has(FormKey))
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Prompt = new OutboundMessage(IntegrityDialogTexts.AskForm),
            Choices = [IntegrityDialogTexts.FormIndividual, IntegrityDialogTexts.FormCollective],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string form)
        {
            step.Values.Set(FormKey, form == IntegrityDialogTexts.FormCollective ? TalkForm.Collective : TalkForm.Individual);
        }

        var today = step.Turn.Today;
        return step.PromptAsync(PromptIds.Date, PromptOptions.Ask(IntegrityDialogTexts.AskTalkDate, "今天",
            DatePrompt.Bounds(DatePreference.Past, new DateOnly(today.Year, 1, 1), today)), cancellationToken);
    }

    private static Task<DialogTurnResult> AskSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DateKey, (DateOnly)step.Result!);
        return step.PromptAsync(PromptIds.Text, PromptOptions.Ask(IntegrityDialogTexts.AskSummary, IntegrityDialogTexts.ExampleSummary,
            new System.Text.Json.Nodes.JsonObject { ["maxLength"] = 500 }), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(SummaryKey, (string)step.Result!);
        var form = step.Values.GetRequired<TalkForm>(FormKey) == TalkForm.Collective ? IntegrityDialogTexts.FormCollective : IntegrityDialogTexts.FormIndividual;
        return step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.ConfirmTalk,
            step.Values.GetRequired<string>(WhomKey), form, DomainNames.Date(step.Values.GetRequired<DateOnly>(DateKey)))), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(IntegrityDialogTexts.TalkNotRecorded);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var date = step.Values.GetRequired<DateOnly>(DateKey);
        var summary = step.Values.GetRequired<string>(SummaryKey);
        if (step.Values.Get<int?>(ProjectKey) is { } projectId)
        {
            var talk = await _projects.RecordTalkAsync(step.Turn.User, projectId, date, summary, cancellationToken);
            step.Turn.Send(talk is null
                ? IntegrityDialogTexts.ProjectNotFound
                : string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.PreAuditTalkRecorded, talk.Id, talk.Participants.Count));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var participants = step.Values.GetRequired<Dictionary<string, int[]>>(LabelsKey)[step.Values.GetRequired<string>(WhomKey)];
        var recorded = await _talks.RecordAsync(step.Turn.User, participants, step.Values.GetRequired<TalkForm>(FormKey), date, summary, null, cancellationToken,
            step.Turn.Activity.SourceKey);
        var progress = (await _talks.ProgressAsync(step.Turn.User.Id, date.Year, cancellationToken)).Where(p => participants.Contains(p.HeadId));
        var required = _talkOptions.Value.RequiredPerYear;
        step.Turn.Send(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.TalkRecorded, recorded.Id) + "\n" + string.Join("\n",
            progress.Select(p => string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.PairProgress, date.Year, p.HeadName, p.Held, required))));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
