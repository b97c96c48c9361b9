using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>事后报告: after the event, what actually happened (see <see cref="FollowUpQuestionsDialog"/>; for a trip
/// abroad the actual return date, the custodian confirms the document's return in the custody ledger); the filing
/// becomes 已办结.</summary>
public sealed class ReportFilingDialog : BotDialog
{
    public const string DialogId = DialogIds.FollowUp;
    private const string StepsId = DialogId + ".steps";
    private const string FilingKey = "filing";
    private const string ReportKey = "report";

    private readonly FilingService _filings;

    public ReportFilingDialog(FilingService filings)
        : base(DialogId)
    {
        _filings = filings;
        AddDialog(new WaterfallDialog(StepsId, [PickAsync, AskAsync, ReviewAsync, SubmitAsync]));
        AddDialog(new FollowUpQuestionsDialog());
        AddPrompts();
    }

    public override string Name => FilingDialogTexts.ReportName;

    public override string HelpLine => FilingDialogTexts.ReportHelp;

    public override IReadOnlyList<string> Keywords => [FilingDialogTexts.ReportName, "报告"];

    private Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        FilingChoice.PickAsync(step, _filings, static (f, today) => f.CanReport(today),
            FilingDialogTexts.ChooseToReport, FilingDialogTexts.NoneReportable, FilingDialogTexts.ReportTitle, cancellationToken);

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var filing = await FilingChoice.LoadAsync(
            step, _filings, FilingChoice.Picked(step.Result), static (f, today) => f.CanReport(today),
            FilingDialogTexts.NotReportable, cancellationToken);
        if (filing is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(FilingKey, filing.Id);
        step.Turn.Send(new OutboundMessage(FilingDialogTexts.ReportIntro(FilingTexts.Number(filing)), FilingDialogTexts.ReportTitle, FilingTexts.Facts(filing)));
        return await step.BeginDialogAsync(FollowUpQuestionsDialog.DialogId,
            new FollowUpQuestionsRequest(new FollowUpReport(), !filing.IsBanquet, filing.EventDate), cancellationToken);
    }

    private async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = (FollowUpReport)step.Result!;
        step.Values.Set(ReportKey, report);
        var filing = await _filings
            .FindOwnAsync(step.Turn.User.Id, step.Values.GetRequired<int>(FilingKey), cancellationToken);
        if (filing is null)
        {
            step.Turn.Send(FilingDialogTexts.NotFound);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Confirm, new ConfirmPromptOptions
        {
            Prompt = new OutboundMessage(FilingDialogTexts.ReportReview, FilingDialogTexts.ReportTitle,
                [new Fact("备案编号", FilingTexts.Number(filing)), .. FilingTexts.ReportFacts(filing, report)]),
            YesLabel = FilingDialogTexts.Submit,
            NoLabel = FilingDialogTexts.Discard,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(FilingDialogTexts.ReportDiscarded);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var filingId = step.Values.GetRequired<int>(FilingKey);
        var outcome = await _filings
            .ReportAsync(step.Turn.User, filingId, step.Values.GetRequired<FollowUpReport>(ReportKey), cancellationToken);
        return await FilingChoice.EndWithOutcomeAsync(
            step, _filings, filingId, outcome, FilingDialogTexts.Reported, FilingDialogTexts.ReportTitle, cancellationToken);
    }
}
