using Lianzheng.Core.Messaging;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Offers;

/// <summary>拒收登记 / 请托登记: any staff member records a gift, banquet or 请托 he was offered and refused or handed in —
/// who offered it, what and its estimated value, when, how he dealt with it, and the audit project it concerned, if any.
/// Started by 请托登记 it asks no kind and no value.</summary>
public sealed class DeclineOfferDialog : BotDialog
{
    public const string DialogId = DialogIds.DeclineOffer;
    private const string StepsId = DialogId + ".steps";
    private const string KindKey = "kind";
    private const string OfferedByKey = "offeredBy";
    private const string DescriptionKey = "description";
    private const string ValueKey = "value";
    private const string DateKey = "date";
    private const string HandlingKey = "handling";
    private const string ProjectKey = "project";
    private const string ProjectNameKey = "projectName";
    private const int NoProjectId = 0;

    private readonly DeclinedOfferService _offers;

    public DeclineOfferDialog(DeclinedOfferService offers)
        : base(DialogId)
    {
        _offers = offers;
        AddDialog(new WaterfallDialog(StepsId,
            [AskKindAsync, AskOfferedByAsync, AskDescriptionAsync, AskValueAsync, AskDateAsync, AskHandlingAsync, AskProjectAsync, ConfirmAsync, RecordAsync]));
        AddPrompts();
    }

    public override string Name => OfferDialogTexts.DeclineName;

    public override string HelpLine => OfferDialogTexts.DeclineHelp;

    public override IReadOnlyList<string> Keywords => [OfferDialogTexts.DeclineName, OfferDialogTexts.RequestName, "拒收礼金", "上交礼金", "拒绝请托"];

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var asked = step.Turn.Text ?? "";
        if (asked.Contains("请托", StringComparison.Ordinal) || (step.OptionsNode?.ToString() == nameof(OfferKind.Request)))
        {
            step.Turn.Send(new OutboundMessage(OfferDialogTexts.Intro, OfferDialogTexts.Title));
            return step.NextAsync(OfferKind.Request, cancellationToken);
        }

        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(OfferDialogTexts.Intro + "\n" + OfferDialogTexts.AskKind,
            OfferTexts.Kinds.Select(k => Choice.Of(k.Key, k.Value)), OfferDialogTexts.Title), cancellationToken);
    }

    private static Task<DialogTurnResult> AskOfferedByAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(KindKey, step.Result is FoundChoice found ? found.As<OfferKind>() : (OfferKind)step.Result!);
        return step.PromptAsync(PromptIds.Text, TextPromptOptions.Ask(OfferDialogTexts.AskOfferedBy, OfferDialogTexts.ExampleOfferedBy, 200), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDescriptionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(OfferedByKey, (string)step.Result!);
        var request = step.Values.GetRequired<OfferKind>(KindKey) == OfferKind.Request;
        return step.PromptAsync(PromptIds.Text, request
            ? TextPromptOptions.Ask(OfferDialogTexts.AskRequest, OfferDialogTexts.ExampleRequest, 500)
            : TextPromptOptions.Ask(OfferDialogTexts.AskDescription, OfferDialogTexts.ExampleDescription, 500), cancellationToken);
    }

    private static Task<DialogTurnResult> AskValueAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DescriptionKey, (string)step.Result!);
        return step.Values.GetRequired<OfferKind>(KindKey) == OfferKind.Request
            ? step.NextAsync(null, cancellationToken)
            : step.PromptAsync(PromptIds.Number, NumberPromptOptions.Ask(OfferDialogTexts.AskValue, "2000", 0, 100_000_000), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is int value && value > 0)
        {
            step.Values.Set(ValueKey, value);
        }

        var today = step.Turn.Today;
        return step.PromptAsync(PromptIds.Date,
            DatePromptOptions.Ask(OfferDialogTexts.AskDate, "今天", DatePreference.Past, today.AddYears(-1), today), cancellationToken);
    }

    private static Task<DialogTurnResult> AskHandlingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DateKey, (DateOnly)step.Result!);
        if (step.Values.GetRequired<OfferKind>(KindKey) == OfferKind.Request)
        {
            return step.NextAsync(OfferHandling.Refused, cancellationToken);
        }

        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(OfferDialogTexts.AskHandling,
            OfferTexts.Handlings.Select(h => Choice.Of(h.Key, h.Value))), cancellationToken);
    }

    private async Task<DialogTurnResult> AskProjectAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(HandlingKey, step.Result is FoundChoice found ? found.As<OfferHandling>() : (OfferHandling)step.Result!);
        var projects = await _offers.RecentProjectsOfAsync(step.Turn.User.Id, cancellationToken);
        if (projects.Count == 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(OfferDialogTexts.AskProject,
            [.. projects.Select(p => Choice.Of(p.Id, p.Name)), Choice.Of(NoProjectId, OfferDialogTexts.NoProject, ["无", "没有"])]), cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice { Id: not NoProjectId } project)
        {
            step.Values.Set(ProjectKey, project.Id);
            step.Values.Set(ProjectNameKey, project.Label);
        }

        var draft = Draft(step);
        var preview = new DeclinedOffer
        {
            Kind = draft.Kind, OfferedBy = draft.OfferedBy, Description = draft.Description, EstimatedValue = draft.EstimatedValue,
            OfferedOn = draft.OfferedOn, Handling = draft.Handling,
        };
        var options = ConfirmPromptOptions.Ask(OfferDialogTexts.Confirm);
        return step.PromptAsync(PromptIds.Confirm, options with
        {
            Prompt = options.Prompt with { Title = OfferTexts.Title(preview), Facts = OfferTexts.Facts(preview, step.Values.Get<string>(ProjectNameKey)) },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(OfferDialogTexts.NotRecorded);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var offer = await _offers.RecordAsync(step.Turn.User, Draft(step), cancellationToken, step.Turn.Activity.SourceKey);
        step.Turn.Send(new OutboundMessage(OfferDialogTexts.Recorded(offer.Id),
            Buttons: [new MessageButton(OfferDialogTexts.MineName, Actions.Start(DialogIds.MyDeclinedOffers))]));
        return await step.EndDialogAsync(offer.Id, cancellationToken);
    }

    private static DeclinedOfferDraft Draft(WaterfallStepContext step) => new(
        step.Values.GetRequired<OfferKind>(KindKey),
        step.Values.GetRequired<string>(OfferedByKey),
        step.Values.GetRequired<string>(DescriptionKey),
        step.Values.Get<int?>(ValueKey),
        step.Values.GetRequired<DateOnly>(DateKey),
        step.Values.GetRequired<OfferHandling>(HandlingKey),
        step.Values.Get<int?>(ProjectKey));
}
