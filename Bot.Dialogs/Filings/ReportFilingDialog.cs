using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>事后报告: after the event, the actual scale (banquets) or the return date and the documents handed back
/// (travel abroad); the filing becomes 已办结.</summary>
public sealed class ReportFilingDialog : BotDialog
{
    public const string DialogId = DialogIds.FollowUp;
    private const string StepsId = DialogId + ".steps";
    private const string FilingKey = "filing";
    private const string TravelKey = "travel";
    private const string ReportKey = "report";
    private const int MaxTables = 300;
    private const int MaxGuests = 5000;

    private readonly FilingService _filings;

    public ReportFilingDialog(FilingService filings)
        : base(DialogId)
    {
        _filings = filings;
        AddDialog(new WaterfallDialog(StepsId,
            [PickAsync, AskFirstAsync, AskSecondAsync, AskNoteAsync, ReviewAsync, SubmitAsync]));
        AddPrompts();
    }

    public override string Name => FilingDialogTexts.ReportName;

    public override string HelpLine => FilingDialogTexts.ReportHelp;

    public override IReadOnlyList<string> Keywords => [FilingDialogTexts.ReportName, "报告"];

    private Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        FilingChoice.PickAsync(step, _filings, static (f, today) => f.CanReport(today),
            FilingDialogTexts.ChooseToReport, FilingDialogTexts.NoneReportable, FilingDialogTexts.ReportTitle, cancellationToken);

    private async Task<DialogTurnResult> AskFirstAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var filing = await FilingChoice.LoadAsync(
            step, _filings, FilingChoice.Picked(step.Result), static (f, today) => f.CanReport(today),
            FilingDialogTexts.NotReportable, cancellationToken);
        if (filing is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(FilingKey, filing.Id);
        step.Values.Set(TravelKey, !filing.IsBanquet);
        step.Values.Set(ReportKey, new FollowUpReport());
        var (promptId, options) = filing.IsBanquet
            ? (PromptIds.Number, (PromptOptions)FilingQuestions.Number(FilingDialogTexts.AskActualTables, FilingDialogTexts.ExampleTables, MaxTables))
            : (PromptIds.Date, DatePromptOptions.Ask(FilingDialogTexts.AskActualReturn, FilingDialogTexts.ExampleDate,
                DatePreference.Past, filing.EventDate, step.Turn.Today));
        return await step.PromptAsync(promptId, options with
        {
            Prompt = options.Prompt with { Title = FilingDialogTexts.ReportTitle, Facts = FilingTexts.Facts(filing) },
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskSecondAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = step.Values.GetRequired<FollowUpReport>(ReportKey);
        if (step.Values.Get<bool>(TravelKey))
        {
            report.ActualReturnDate = (DateOnly)step.Result!;
            step.Values.Set(ReportKey, report);
            return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskDocuments) with
            {
                YesLabel = FilingDialogTexts.DocumentsBack,
                NoLabel = FilingDialogTexts.DocumentsNotBack,
            }, cancellationToken);
        }

        report.ActualTables = (int)step.Result!;
        step.Values.Set(ReportKey, report);
        return step.PromptAsync(PromptIds.Number,
            FilingQuestions.Number(FilingDialogTexts.AskActualGuests, FilingDialogTexts.ExampleGuests, MaxGuests), cancellationToken);
    }

    private static Task<DialogTurnResult> AskNoteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = step.Values.GetRequired<FollowUpReport>(ReportKey);
        if (step.Values.Get<bool>(TravelKey))
        {
            report.DocumentsHandedBack = (bool)step.Result!;
        }
        else
        {
            report.ActualGuests = (int)step.Result!;
        }

        step.Values.Set(ReportKey, report);
        return step.PromptAsync(PromptIds.Text, FilingQuestions.Text(FilingDialogTexts.AskNote, FilingDialogTexts.ExampleNote), cancellationToken);
    }

    private async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var report = step.Values.GetRequired<FollowUpReport>(ReportKey);
        report.Note = FilingQuestions.NothingToNull((string)step.Result!);
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
