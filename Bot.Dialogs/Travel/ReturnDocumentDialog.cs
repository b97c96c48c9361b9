using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Travel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Filings;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Travel;

/// <summary>登记交回: the custodian confirms that a document drawn out came back (the checkout from a reminder's button,
/// or picked), on a day (today unless said otherwise); the checkout closes and the chasing stops.</summary>
public sealed class ReturnDocumentDialog : BotDialog
{
    public const string DialogId = DialogIds.ReturnDocument;
    private const string StepsId = DialogId + ".steps";
    private const int MaxListed = 20;
    private const string CheckoutKey = "checkout";

    private readonly TravelCustodyService _custody;

    public ReturnDocumentDialog(TravelCustodyService custody)
        : base(DialogId)
    {
        _custody = custody;
        AddDialog(new WaterfallDialog(StepsId, [PickAsync, AskDateAsync, SaveAsync]));
        AddPrompts();
    }

    public override string Name => CustodyDialogTexts.ReturnName;

    public override string HelpLine => CustodyDialogTexts.ReturnHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [CustodyDialogTexts.ReturnName, "交回证件", "证件交回"];

    private async Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await CustodianGate.RefusedAsync(step, _custody, Name, cancellationToken))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (FilingChoice.FromArgument(step) is { } id)
        {
            return await step.NextAsync(id, cancellationToken);
        }

        var open = await _custody.OpenCheckoutsAsync(cancellationToken);
        if (open.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(CustodyDialogTexts.NoOpenCheckout, CustodyDialogTexts.Title));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return open.Count == 1
            ? await step.NextAsync(open[0].Id, cancellationToken)
            : await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(CustodyDialogTexts.ChooseCheckout, open.Take(MaxListed).Select(c =>
                Choice.Of(c.Id, CustodyDialogTexts.CheckoutLabel(c.Document!.Holder?.Name ?? "", TravelTexts.Label(c.Document, forCustodian: true)))),
                CustodyDialogTexts.Title), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDateAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var id = FilingChoice.Picked(step.Result);
        var checkout = (await _custody.OpenCheckoutsAsync(cancellationToken)).FirstOrDefault(c => c.Id == id);
        if (checkout is null)
        {
            step.Turn.Send(new OutboundMessage(CustodyDialogTexts.CheckoutClosed, CustodyDialogTexts.Title));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(CheckoutKey, checkout.Id);
        var document = checkout.Document!;
        var options = DatePromptOptions.Ask(
            CustodyDialogTexts.AskReturnedOn, CustodyDialogTexts.ExampleDate, DatePreference.Past, checkout.DrawnOn, step.Turn.Today);
        return await step.PromptAsync(PromptIds.Date, options with
        {
            Prompt = options.Prompt with
            {
                Title = CustodyDialogTexts.Title,
                Facts =
                [
                    new Fact("持有人", document.Holder?.Name ?? ""),
                    new Fact("证件", TravelTexts.Label(document, forCustodian: true)),
                    new Fact("领取日期", Core.Texts.DomainNames.Date(checkout.DrawnOn)),
                    new Fact("备案编号", "#" + checkout.TripId.ToString(CultureInfo.InvariantCulture)),
                ],
            },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (outcome, checkout) = await _custody.ReturnAsync(
            step.Turn.User, step.Values.GetRequired<int>(CheckoutKey), (DateOnly)step.Result!, cancellationToken);
        var text = outcome switch
        {
            CustodyOutcome.Done => CustodyDialogTexts.ReturnRecorded(
                checkout!.Document!.Holder?.Name ?? "", TravelTexts.Label(checkout.Document, forCustodian: true), checkout.ReturnedOn!.Value),
            CustodyOutcome.NotCustodian => CustodyDialogTexts.NotCustodian(Name, await _custody.CustodianNamesAsync(cancellationToken)),
            _ => CustodyDialogTexts.CheckoutClosed,
        };
        step.Turn.Send(new OutboundMessage(text, CustodyDialogTexts.Title,
            Buttons: [new MessageButton(CustodyDialogTexts.LedgerName, Actions.Start(DocumentLedgerDialog.DialogId))]));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
