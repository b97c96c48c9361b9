using Lianzheng.Core.Filings;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Asks the questions of a 事后报告 one after the other and ends with the filled report. A banquet: actual
/// tables and guests, 宴请范围 (several, until 选好了), cars and 公车, cost, 礼金 and 礼品 from 管理服务对象 or
/// subordinates and how they were handled, 有无违诺行为; a trip: the actual return date. Then a note.</summary>
internal sealed class FollowUpQuestionsDialog : ComponentDialog
{
    public const string DialogId = "follow-up-questions";
    private const string StepsId = DialogId + ".steps";
    private const string DoneValue = "done";
    private const int MaxTables = 300;
    private const int MaxGuests = 5000;
    private const int MaxCars = 100;
    private const int MaxYuan = 10_000_000;

    private static readonly FollowUpQuestion[] Banquet =
    [
        FollowUpQuestion.ActualTables, FollowUpQuestion.ActualGuests, FollowUpQuestion.GuestScope, FollowUpQuestion.Cars,
        FollowUpQuestion.OfficialCars, FollowUpQuestion.Cost, FollowUpQuestion.GiftMoney, FollowUpQuestion.GiftItems,
        FollowUpQuestion.GiftHandling, FollowUpQuestion.PledgeBroken, FollowUpQuestion.PledgeNote, FollowUpQuestion.Note,
    ];

    private static readonly FollowUpQuestion[] Travel = [FollowUpQuestion.ActualReturn, FollowUpQuestion.Note];

    public FollowUpQuestionsDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, ApplyAsync]));
        AddPrompts();
    }

    private static FollowUpQuestion[] Questions(FollowUpQuestionsRequest request) => request.Travel ? Travel : Banquet;

    private static bool Applies(FollowUpQuestion question, FollowUpReport report) => question switch
    {
        FollowUpQuestion.OfficialCars => report.Cars > 0,
        FollowUpQuestion.GiftHandling => report.GiftMoney > 0 || report.GiftItems > 0,
        FollowUpQuestion.PledgeNote => report.PledgeBroken == true,
        _ => true,
    };

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<FollowUpQuestionsRequest>()!;
        var question = Questions(request)[request.Index];
        if (!Applies(question, request.Report))
        {
            return step.NextAsync(null, cancellationToken);
        }

        var (promptId, options) = question switch
        {
            FollowUpQuestion.ActualTables => (PromptIds.Number, (PromptOptions)Number(FilingDialogTexts.AskActualTables, FilingDialogTexts.ExampleTables, MaxTables, "桌")),
            FollowUpQuestion.ActualGuests => (PromptIds.Number, Number(FilingDialogTexts.AskActualGuests, FilingDialogTexts.ExampleGuests, MaxGuests, "人") with
            {
                QueryBelow = request.Report.ActualTables,
                QueryBelowWhat = request.Report.ActualTables is { } tables ? FilingDialogTexts.TablesFigure(tables) : null,
            }),
            FollowUpQuestion.GuestScope => (PromptIds.Choice, ChoicePromptOptions.Ask(
                FilingDialogTexts.AskScope(request.Report.GuestScope is { } scope and not BanquetScope.None ? DomainNames.Of(scope) : null),
                [
                    .. DomainNames.Scopes.Where(s => request.Report.GuestScope is not { } chosen || !chosen.HasFlag(s.Key)).Select(s => Choice.Of(s.Key, s.Value)),
                    .. request.Report.GuestScope is > BanquetScope.None ? [new Choice(DoneValue, FilingDialogTexts.ScopeDone)] : Array.Empty<Choice>(),
                ])),
            FollowUpQuestion.Cars => (PromptIds.Number, Number(FilingDialogTexts.AskActualCars, FilingDialogTexts.ExampleCars, MaxCars, "辆")),
            FollowUpQuestion.OfficialCars => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskActualOfficialCars)),
            FollowUpQuestion.Cost => (PromptIds.Number, Number(FilingDialogTexts.AskCost, FilingDialogTexts.ExampleCost, MaxYuan, "元")),
            FollowUpQuestion.GiftMoney => (PromptIds.Number, Number(FilingDialogTexts.AskGiftMoney, "0", MaxYuan, "元")),
            FollowUpQuestion.GiftItems => (PromptIds.Number, Number(FilingDialogTexts.AskGiftItems, "0", MaxGuests, "件")),
            FollowUpQuestion.GiftHandling => (PromptIds.Choice, ChoicePromptOptions.Ask(FilingDialogTexts.AskGiftHandling,
                DomainNames.GiftHandlings.Select(h => Choice.Of(h.Key, h.Value)))),
            FollowUpQuestion.PledgeBroken => (PromptIds.Confirm, ConfirmPromptOptions.Ask(FilingDialogTexts.AskPledgeBroken) with
            {
                YesLabel = FilingDialogTexts.PledgeBrokenYes,
                NoLabel = FilingDialogTexts.PledgeBrokenNo,
            }),
            FollowUpQuestion.PledgeNote => (PromptIds.Text, FilingQuestions.Text(FilingDialogTexts.AskPledgeNote, FilingDialogTexts.ExamplePledgeNote)),
            FollowUpQuestion.ActualReturn => (PromptIds.Date, DatePromptOptions.Ask(FilingDialogTexts.AskActualReturn, FilingDialogTexts.ExampleDate,
                DatePreference.Past, request.EventDate, step.Turn.Today)),
            _ => (PromptIds.Text, FilingQuestions.Text(FilingDialogTexts.AskNote, FilingDialogTexts.ExampleNote)),
        };
        return step.PromptAsync(promptId, options, cancellationToken);
    }

    private static Task<DialogTurnResult> ApplyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<FollowUpQuestionsRequest>()!;
        var question = Questions(request)[request.Index];
        var report = request.Report;
        var next = request.Index + 1;
        if (Applies(question, report))
        {
            var answer = step.Result;
            switch (question)
            {
                case FollowUpQuestion.ActualTables: report.ActualTables = (int)answer!; break;
                case FollowUpQuestion.ActualGuests: report.ActualGuests = (int)answer!; break;
                case FollowUpQuestion.GuestScope:
                    var picked = (FoundChoice)answer!;
                    if (picked.Value != DoneValue)
                    {
                        report.GuestScope = (report.GuestScope ?? BanquetScope.None) | picked.As<BanquetScope>();
                        // Asked again until 选好了 (or every scope is picked).
                        next = report.GuestScope == DomainNames.Scopes.Keys.Aggregate(BanquetScope.None, (a, s) => a | s) ? next : request.Index;
                    }

                    break;
                case FollowUpQuestion.Cars: report.Cars = (int)answer!; break;
                case FollowUpQuestion.OfficialCars: report.OfficialCars = (bool)answer!; break;
                case FollowUpQuestion.Cost: report.Cost = (int)answer!; break;
                case FollowUpQuestion.GiftMoney: report.GiftMoney = (int)answer!; break;
                case FollowUpQuestion.GiftItems: report.GiftItems = (int)answer!; break;
                case FollowUpQuestion.GiftHandling: report.GiftHandling = ((FoundChoice)answer!).As<GiftHandling>(); break;
                case FollowUpQuestion.PledgeBroken: report.PledgeBroken = (bool)answer!; break;
                case FollowUpQuestion.PledgeNote: report.PledgeNote = (string)answer!; break;
                case FollowUpQuestion.ActualReturn: report.ActualReturnDate = (DateOnly)answer!; break;
                default: report.Note = FilingQuestions.NothingToNull((string)answer!); break;
            }
        }

        return next < Questions(request).Length
            ? step.ReplaceDialogAsync(StepsId, request with { Report = report, Index = next }, cancellationToken)
            : step.EndDialogAsync(report, cancellationToken);
    }

    private static NumberPromptOptions Number(string text, string example, int max, string unit) => FilingQuestions.Number(text, example, max, unit);
}
