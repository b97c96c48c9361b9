using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Travel;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Travel;

/// <summary>证照台账: the custodian's ledger, documents drawn out first (who, which, since when, due, overdue marked),
/// then those in custody. Numbers in full: only the custodian sees this.</summary>
public sealed class DocumentLedgerDialog : BotDialog
{
    public const string DialogId = "document-ledger";
    private const string StepsId = DialogId + ".steps";

    private readonly TravelCustodyService _custody;

    public DocumentLedgerDialog(TravelCustodyService custody)
        : base(DialogId)
    {
        _custody = custody;
        AddDialog(new WaterfallDialog(StepsId, [ShowAsync]));
    }

    public override string Name => CustodyDialogTexts.LedgerName;

    public override string HelpLine => CustodyDialogTexts.LedgerHelp;

    public override IReadOnlyList<string> Keywords => [CustodyDialogTexts.LedgerName, "证件台账", "证照登记簿"];

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (await CustodianGate.RefusedAsync(step, _custody, Name, cancellationToken))
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var today = step.Turn.Today;
        var ledger = await _custody.LedgerAsync(cancellationToken);
        var buttons = new List<MessageButton>
        {
            new(CustodyDialogTexts.RegisterName, Actions.Start(RegisterDocumentDialog.DialogId)),
            new(CustodyDialogTexts.DrawName, Actions.Start(DrawDocumentDialog.DialogId)),
            new(CustodyDialogTexts.ReturnName, Actions.Start(ReturnDocumentDialog.DialogId)),
        };
        if (ledger.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(CustodyDialogTexts.LedgerEmpty, CustodyDialogTexts.LedgerName, Buttons: buttons));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var drawn = ledger.Where(e => e.Checkout is not null).ToList();
        var kept = ledger.Where(e => e.Checkout is null).ToList();
        var lines = new List<string>();
        if (drawn.Count > 0)
        {
            lines.Add(CustodyDialogTexts.DrawnOutHeader);
            lines.AddRange(drawn.Select(e => CustodyDialogTexts.DrawnOutLine(
                e.HolderName, TravelTexts.Label(e.Document, forCustodian: true), FilingTexts.Number(e.Checkout!.Trip!), e.Checkout.DrawnOn, e.DueOn,
                e.IsOverdue(today) ? today.DayNumber - e.DueOn!.Value.DayNumber : null)));
        }

        if (kept.Count > 0)
        {
            lines.Add(CustodyDialogTexts.InCustodyHeader);
            lines.AddRange(kept.Select(e => CustodyDialogTexts.InCustodyLine(e.HolderName, TravelTexts.Label(e.Document, forCustodian: true), e.Document.HandedInOn)));
        }

        var overdue = drawn.Count(e => e.IsOverdue(today));
        step.Turn.Send(new OutboundMessage(
            CustodyDialogTexts.LedgerSummary(drawn.Count, overdue, kept.Count) + "\n" + string.Join("\n", lines), CustodyDialogTexts.LedgerName, Buttons: buttons));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
