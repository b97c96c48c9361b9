using System.Globalization;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Talks;

/// <summary>记录谈话: a leader records an integrity talk with one or all of the heads of the sections he oversees, the
/// party secretary also with one or all of the 班子成员 (a talk-due notice's button names the person:
/// "start:record-talk:{staff id}"), or the pre-audit collective talk of an audit project ("start:record-talk:project-{id}").
/// Whom, kind (日常/提醒/任前; a project's talk is 审前集体廉政提醒谈话), form, date, a summary of at least
/// Talks:MinSummaryLength characters, for a 提醒谈话 an optional follow-up day, a check showing all of it, then stored.</summary>
public sealed class RecordTalkDialog : BotDialog
{
    public const string DialogId = DialogIds.RecordTalk;
    private const string StepsId = DialogId + ".steps";
    private const string SummaryPromptId = DialogId + ".summary";
    private const string ProjectPrefix = "project-";
    private const string AllHeadsValue = "all";
    private const string AllLeadersValue = "all-leaders";
    private const string LeaderPrefix = "leader-";
    private const string WhomKey = "whom";
    private const string ProjectKey = "project";
    private const string KindKey = "kind";
    private const string FormKey = "form";
    private const string DateKey = "date";
    private const string SummaryKey = "summary";
    private const string FollowUpKey = "followUp";
    private const string PartiesKey = "parties";
    private const string SaidDateKey = "saidDate";

    private readonly TalkService _talks;
    private readonly AuditProjectService _projects;
    private readonly IOptions<TalkOptions> _talkOptions;

    public RecordTalkDialog(TalkService talks, AuditProjectService projects, IOptions<TalkOptions> talkOptions)
        : base(DialogId)
    {
        _talks = talks;
        _projects = projects;
        _talkOptions = talkOptions;
        AddDialog(new WaterfallDialog(StepsId,
        [
            AskWhomAsync, AskKindAsync, AskFormAsync, AskDateAsync, AskSummaryAsync, AskFollowUpAsync, AskFollowUpDateAsync, ReviewAsync,
            RecordAsync,
        ]));
        var minimum = talkOptions.Value.MinSummaryLength;
        AddDialog(new TextPrompt(SummaryPromptId, context =>
        {
            var length = new StringInfo(context.Value).LengthInTextElements;
            return length < minimum ? TalkDialogTexts.SummaryTooShort(minimum, length) : null;
        }));
        AddPrompts();
    }

    public override string Name => TalkDialogTexts.RecordTalkName;

    public override string HelpLine => TalkDialogTexts.RecordTalkHelp;

    public override IReadOnlyList<string> Keywords => [TalkDialogTexts.RecordTalkName, "廉政谈话", "谈话记录"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.Leader) || staff.HasRole(StaffRole.PartySecretary);

    public override IReadOnlyList<StaffRole>? ReservedFor => [StaffRole.Leader, StaffRole.PartySecretary];

    private async Task<DialogTurnResult> AskWhomAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var argument = step.OptionsNode?.GetValueKind() == System.Text.Json.JsonValueKind.String ? step.OptionsNode.GetValue<string>() : null;
        if (argument is not null && argument.StartsWith(ProjectPrefix, StringComparison.Ordinal))
        {
            return await BeginProjectTalkAsync(step, argument[ProjectPrefix.Length..], cancellationToken);
        }

        var user = step.Turn.User;
        var heads = await _talks.HeadsOverseenByAsync(user.Id, cancellationToken);
        var leaders = user.HasRole(StaffRole.PartySecretary) ? await _talks.LeadersForSecretaryAsync(user.Id, cancellationToken) : [];
        if (heads.Count == 0 && leaders.Count == 0)
        {
            step.Turn.Send(TalkDialogTexts.NoHeads);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Each person by his staff id (a 班子成员 the secretary talks with as leader-{id}), and all of either; what each
        // choice means is kept for the next step.
        var parties = new Dictionary<string, TalkParties>();
        if (heads.Count > 0)
        {
            foreach (var head in heads)
            {
                parties[Key(head.Id)] = new TalkParties(TalkDialogTexts.HeadLabel(head.Name, head.Section?.Name), [head.Id]);
            }

            parties[AllHeadsValue] = new TalkParties(TalkDialogTexts.AllHeads, [.. heads.Select(h => h.Id)]);
        }

        foreach (var leader in leaders)
        {
            parties[LeaderPrefix + Key(leader.Id)] = new TalkParties(TalkDialogTexts.LeaderLabel(leader.Name), [leader.Id], WithLeaders: true);
        }

        if (leaders.Count > 1)
        {
            parties[AllLeadersValue] = new TalkParties(TalkDialogTexts.AllLeaders, [.. leaders.Select(l => l.Id)], WithLeaders: true);
        }

        step.Values.Set(PartiesKey, parties);
        if (step.OptionsNode is System.Text.Json.Nodes.JsonObject && step.Options<TalkStart>() is { } start)
        {
            // Begun from a sentence: the person it named, if he is one of them, and the day it said, for the date question.
            if (start.Date is { } said)
            {
                step.Values.Set(SaidDateKey, said);
            }

            var named = parties.Values.Where(p => p.StaffIds.Length == 1 && start.Person is not null && p.Label.StartsWith(start.Person + "（", StringComparison.Ordinal)).ToList();
            if (named.Count == 1)
            {
                step.Turn.Preface(TalkDialogTexts.TalkWith(named[0].Label));
                return await step.NextAsync(named[0], cancellationToken);
            }
        }

        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var staffId))
        {
            if (parties.TryGetValue(Key(staffId), out var head))
            {
                return await step.NextAsync(head, cancellationToken);
            }

            if (parties.TryGetValue(LeaderPrefix + Key(staffId), out var leader))
            {
                return await step.NextAsync(leader, cancellationToken);
            }
        }

        var ask = leaders.Count > 0 ? TalkDialogTexts.AskWhomWithLeaders : TalkDialogTexts.AskWhom;
        return await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
            ask, parties.Select(p => new Choice(p.Key, p.Value.Label)), TalkDialogTexts.RecordTalkTitle), cancellationToken);
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
        step.Values.Set(KindKey, TalkKind.PreAuditCollective);
        step.Values.Set(FormKey, TalkForm.Collective);
        var whom = new TalkParties(TalkDialogTexts.PreAuditTalkOf(project.Name, project.Members.Count), [.. project.Members.Select(m => m.StaffId)]);
        step.Turn.Send(new OutboundMessage(whom.Label, TalkDialogTexts.RecordTalkTitle));
        return await step.NextAsync(whom, cancellationToken);
    }

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var whom = step.Result as TalkParties
            ?? step.Values.GetRequired<Dictionary<string, TalkParties>>(PartiesKey)[((FoundChoice)step.Result!).Value];
        step.Values.Set(WhomKey, whom);
        if (step.Values.Has(KindKey))
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(TalkDialogTexts.AskKind,
            new[] { TalkKind.Routine, TalkKind.Admonition, TalkKind.PreAppointment }.Select(k => Choice.Of(k, DomainNames.Of(k)))), cancellationToken);
    }

    private static Task<DialogTurnResult> AskFormAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice kind)
        {
            step.Values.Set(KindKey, kind.As<TalkKind>());
        }

        if (step.Values.Has(FormKey))
        {
            return step.NextAsync(null, cancellationToken);
        }

        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(TalkDialogTexts.AskForm,
        [
            Choice.Of(TalkForm.Individual, TalkDialogTexts.FormIndividual, TalkDialogTexts.FormIndividualWords),
            Choice.Of(TalkForm.Collective, TalkDialogTexts.FormCollective, TalkDialogTexts.FormCollectiveWords),
        ]), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice form)
        {
            step.Values.Set(FormKey, form.As<TalkForm>());
        }

        var today = step.Turn.Today;
        if (step.Values.Get<DateOnly?>(SaidDateKey) is { } said)
        {
            if (said <= today && said.Year == today.Year)
            {
                step.Turn.Preface(PromptTexts.DateEcho(LunarDates.Describe(said, false)));
                return step.NextAsync(said, cancellationToken);
            }

            step.Turn.Preface(said > today ? TalkDialogTexts.NotHeldYet(DomainNames.Date(said)) : TalkDialogTexts.NotThisYear(DomainNames.Date(said)));
        }

        return step.PromptAsync(PromptIds.Date, DatePromptOptions.Ask(TalkDialogTexts.AskTalkDate, "今天",
            DatePreference.Past, new DateOnly(today.Year, 1, 1), today), cancellationToken);
    }

    private Task<DialogTurnResult> AskSummaryAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DateKey, (DateOnly)step.Result!);
        return step.PromptAsync(SummaryPromptId, TextPromptOptions.Ask(
            TalkDialogTexts.AskSummary(_talkOptions.Value.MinSummaryLength, TalkOptions.MaxSummaryLength), TalkDialogTexts.ExampleSummary,
            TalkOptions.MaxSummaryLength), cancellationToken);
    }

    private static Task<DialogTurnResult> AskFollowUpAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(SummaryKey, (string)step.Result!);
        return step.Values.GetRequired<TalkKind>(KindKey) == TalkKind.Admonition
            ? step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(TalkDialogTexts.AskFollowUp), cancellationToken)
            : step.NextAsync(null, cancellationToken);
    }

    private static Task<DialogTurnResult> AskFollowUpDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            return step.NextAsync(null, cancellationToken);
        }

        var today = step.Turn.Today;
        return step.PromptAsync(PromptIds.Date, DatePromptOptions.Ask(TalkDialogTexts.AskFollowUpDate, TalkDialogTexts.FollowUpExample(today.AddDays(14)),
            DatePreference.Future, today.AddDays(1), today.AddYears(1)), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        DateOnly? followUp = step.Result is DateOnly day ? day : null;
        if (followUp is { } chosen)
        {
            step.Values.Set(FollowUpKey, chosen);
        }

        var form = step.Values.GetRequired<TalkForm>(FormKey) == TalkForm.Collective
            ? TalkDialogTexts.FormCollective
            : TalkDialogTexts.FormIndividual;
        var text = TalkDialogTexts.ConfirmTalk(
            step.Values.GetRequired<TalkParties>(WhomKey).Label, form, DomainNames.Date(step.Values.GetRequired<DateOnly>(DateKey)),
            DomainNames.Of(step.Values.GetRequired<TalkKind>(KindKey)), step.Values.GetRequired<string>(SummaryKey),
            followUp is { } date ? DomainNames.Date(date) : null);
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

        var whom = step.Values.GetRequired<TalkParties>(WhomKey);
        var participants = whom.StaffIds;
        var kind = step.Values.GetRequired<TalkKind>(KindKey);
        var followUp = step.Values.Get<DateOnly?>(FollowUpKey);
        var recorded = await _talks.RecordAsync(step.Turn.User, participants, step.Values.GetRequired<TalkForm>(FormKey), date, summary, null,
            cancellationToken, step.Turn.Activity.SourceKey, kind, followUp);
        var settings = _talkOptions.Value;
        var (pairs, required) = whom.WithLeaders
            ? (await _talks.SecretaryProgressAsync(step.Turn.User.Id, date.Year, cancellationToken), settings.SecretaryWithLeadersPerYear)
            : (await _talks.ProgressAsync(step.Turn.User.Id, date.Year, cancellationToken), settings.RequiredPerYear);
        var lines = pairs.Where(p => participants.Contains(p.HeadId)).Select(p => TalkDialogTexts.PairProgress(date.Year, p.HeadName, p.Held, required))
            .Prepend(TalkDialogTexts.TalkRecorded(recorded.Id, DomainNames.Of(kind)));
        if (followUp is { } day)
        {
            lines = lines.Append(TalkDialogTexts.FollowUpSet(DomainNames.Date(day)));
        }

        step.Turn.Send(string.Join("\n", lines));
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
