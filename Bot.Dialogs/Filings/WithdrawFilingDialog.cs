using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Travel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>撤回备案: withdraws a filing whose event has not begun; the record stays, with the reason.</summary>
public sealed class WithdrawFilingDialog : BotDialog
{
    public const string DialogId = "withdraw-filing";
    private const string StepsId = DialogId + ".steps";
    private const string FilingKey = "filing";
    private const string ReasonKey = "reason";

    private readonly FilingService _filings;
    private readonly TravelCustodyService _custody;

    public WithdrawFilingDialog(FilingService filings, TravelCustodyService custody)
        : base(DialogId)
    {
        _filings = filings;
        _custody = custody;
        AddDialog(new WaterfallDialog(StepsId, [PickAsync, AskReasonAsync, ConfirmAsync, WithdrawAsync]));
        AddPrompts();
    }

    public override string Name => FilingDialogTexts.WithdrawName;

    public override string HelpLine => FilingDialogTexts.WithdrawHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [FilingDialogTexts.WithdrawName, "撤回", "撤销备案"];

    private Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        FilingChoice.PickAsync(step, _filings, static (f, today) => f.CanChange(today),
            FilingDialogTexts.ChooseToWithdraw, FilingDialogTexts.NoneChangeable, FilingDialogTexts.WithdrawTitle, cancellationToken);

    private async Task<DialogTurnResult> AskReasonAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var filing = await FilingChoice.LoadAsync(
            step, _filings, FilingChoice.Picked(step.Result), static (f, today) => f.CanChange(today),
            FilingDialogTexts.NotChangeable, cancellationToken);
        if (filing is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(FilingKey, filing.Id);
        var options = FilingQuestions.Text(
            FilingDialogTexts.AskWithdrawReason(FilingTexts.Number(filing)), FilingDialogTexts.ExampleReason);
        return await step.PromptAsync(PromptIds.Text, options with
        {
            Prompt = options.Prompt with { Title = FilingDialogTexts.WithdrawTitle, Facts = FilingTexts.Facts(filing) },
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(ReasonKey, (string)step.Result!);
        var number = "#" + step.Values.GetRequired<int>(FilingKey).ToString(CultureInfo.InvariantCulture);
        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.ConfirmWithdraw(number)) with
        {
            YesLabel = FilingDialogTexts.WithdrawYes,
            NoLabel = FilingDialogTexts.WithdrawNo,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> WithdrawAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var filingId = step.Values.GetRequired<int>(FilingKey);
        if (!(bool)step.Result!)
        {
            step.Turn.Send(FilingChoice.Explain(FilingChangeOutcome.Done, filingId, FilingDialogTexts.NotWithdrawn));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var outcome = await _filings
            .WithdrawAsync(step.Turn.User, filingId, step.Values.GetRequired<string>(ReasonKey), cancellationToken);
        var result = await FilingChoice.EndWithOutcomeAsync(
            step, _filings, filingId, outcome, FilingDialogTexts.Withdrawn, FilingDialogTexts.WithdrawTitle, cancellationToken);
        // A trip whose document was drawn out: the document still goes back (its checkout stays open and is chased).
        if (outcome == FilingChangeOutcome.Done && await _custody.TripWithdrawnAsync(step.Turn.User, filingId, cancellationToken) is { } checkout)
        {
            step.Turn.Send(TravelTexts.StillToReturn(
                TravelTexts.Label(checkout.Document!, forCustodian: false), await _custody.CustodianNamesAsync(cancellationToken), checkout.DueOn!.Value));
        }

        return result;
    }
}
