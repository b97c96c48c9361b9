using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Travel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Prompts;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Travel;

/// <summary>登记领取: the custodian records that a traveller drew his document out for a trip (the trip from the notice's
/// button, or picked), the document (his, in custody) and the day (today unless said otherwise).</summary>
public sealed class DrawDocumentDialog : BotDialog
{
    public const string DialogId = DialogIds.DrawDocument;
    private const string StepsId = DialogId + ".steps";
    private const int MaxListed = 20;
    private const string TripKey = "trip";
    private const string DocumentKey = "document";

    private readonly TravelCustodyService _custody;
    private readonly int _returnDays;

    public DrawDocumentDialog(TravelCustodyService custody, IOptions<TravelOptions> options)
        : base(DialogId)
    {
        _custody = custody;
        _returnDays = options.Value.DocumentReturnDays;
        AddDialog(new WaterfallDialog(StepsId, [PickTripAsync, PickDocumentAsync, AskDateAsync, SaveAsync]));
        AddPrompts();
    }

    public override string Name => CustodyDialogTexts.DrawName;

    public override string HelpLine => CustodyDialogTexts.DrawHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [CustodyDialogTexts.DrawName, "领取证件", "证件领取"];

    private async Task<DialogTurnResult> PickTripAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await CustodianGate.RefusedAsync(step, _custody, Name, cancellationToken))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (FilingChoice.FromArgument(step) is { } id)
        {
            return await step.NextAsync(id, cancellationToken);
        }

        var trips = await _custody.DrawableTripsAsync(cancellationToken);
        if (trips.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(CustodyDialogTexts.NoDrawableTrip, CustodyDialogTexts.Title));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
            CustodyDialogTexts.ChooseTrip, trips.Take(MaxListed).Select(t => Choice.Of(t.Id, CustodyDialogTexts.TripLabel(t))), CustodyDialogTexts.Title),
            cancellationToken);
    }

    private async Task<DialogTurnResult> PickDocumentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var tripId = FilingChoice.Picked(step.Result);
        var trip = tripId is { } id ? await _custody.FindTripAsync(id, cancellationToken) : null;
        if (trip is null || !TravelCustodyRules.MayDrawFor(trip)
            || !(await _custody.DrawableTripsAsync(cancellationToken)).Any(t => t.Id == trip.Id))
        {
            step.Turn.Send(new OutboundMessage(CustodyDialogTexts.TripNotDrawable(trip is null ? "" : FilingTexts.Number(trip)), CustodyDialogTexts.Title));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(TripKey, trip.Id);
        var documents = await _custody.InCustodyOfAsync(trip.FilerId, cancellationToken);
        if (documents.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(CustodyDialogTexts.NoDocument(trip.Filer?.Name ?? ""), CustodyDialogTexts.Title,
                Buttons: [new MessageButton(CustodyDialogTexts.RegisterName, Actions.Start(RegisterDocumentDialog.DialogId))]));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return documents.Count == 1
            ? await step.NextAsync(documents[0].Id, cancellationToken)
            : await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
                CustodyDialogTexts.ChooseDocument, documents.Select(d => Choice.Of(d.Id, TravelTexts.Label(d, forCustodian: true))), CustodyDialogTexts.Title,
                FilingTexts.Facts(trip)), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(DocumentKey, FilingChoice.Picked(step.Result)!.Value);
        return step.PromptAsync(PromptIds.Date, DatePromptOptions.Ask(
            CustodyDialogTexts.AskDrawnOn, CustodyDialogTexts.ExampleDate, DatePreference.Past, null, step.Turn.Today), cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var tripId = step.Values.GetRequired<int>(TripKey);
        var (outcome, checkout) = await _custody.DrawAsync(
            step.Turn.User, tripId, step.Values.GetRequired<int>(DocumentKey), (DateOnly)step.Result!, cancellationToken);
        var trip = await _custody.FindTripAsync(tripId, cancellationToken);
        step.Turn.Send(new OutboundMessage(outcome switch
        {
            CustodyOutcome.Done => CustodyDialogTexts.DrawnRecorded(
                trip?.Filer?.Name ?? "", TravelTexts.Label(checkout!.Document!, forCustodian: true), checkout.DrawnOn, _returnDays),
            CustodyOutcome.TripNotDrawable => CustodyDialogTexts.TripNotDrawable(trip is null ? "" : FilingTexts.Number(trip)),
            CustodyOutcome.NotCustodian => CustodyDialogTexts.NotCustodian(Name, await _custody.CustodianNamesAsync(cancellationToken)),
            _ => CustodyDialogTexts.DocumentUnavailable,
        }, CustodyDialogTexts.Title, Buttons: [new MessageButton(CustodyDialogTexts.LedgerName, Actions.Start(DocumentLedgerDialog.DialogId))]));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
