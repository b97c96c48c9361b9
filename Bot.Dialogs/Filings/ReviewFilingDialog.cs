using System.Globalization;
using System.Text.Json.Nodes;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Filings;

/// <summary>审核备案: the reviewer answers a filing from its card ("start:review-filing:12:Approve") or from 待审核备案:
/// 同意 / 不同意 / 需补充, then the opinion (required for the last two); the filer is told at once.</summary>
public sealed class ReviewFilingDialog : BotDialog
{
    public const string DialogId = DialogIds.ReviewFiling;
    private const string StepsId = DialogId + ".steps";
    private const string FilingKey = "filing";
    private const string DecisionKey = "decision";

    private readonly FilingService _filings;

    public ReviewFilingDialog(FilingService filings)
        : base(DialogId)
    {
        _filings = filings;
        AddDialog(new WaterfallDialog(StepsId, [LoadAsync, AskOpinionAsync, SubmitAsync]));
        AddPrompts();
    }

    public override string Name => ReviewTexts.ReviewName;

    public override string HelpLine => ReviewTexts.ReviewHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [];

    /// <summary>The button's argument: "12" or "12:Approve".</summary>
    private static (int? FilingId, ReviewDecision? Decision) Argument(WaterfallStepContext step)
    {
        if (step.OptionsNode is not JsonValue node || !node.TryGetValue<string>(out var argument))
        {
            return (null, null);
        }

        var parts = argument.Split(':', 2);
        int? id = int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        ReviewDecision? decision = parts.Length > 1 && Enum.TryParse<ReviewDecision>(parts[1], out var d) && Enum.IsDefined(d) ? d : null;
        return (id, decision);
    }

    private async Task<DialogTurnResult> LoadAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (filingId, decision) = Argument(step);
        var filing = filingId is { } id ? await _filings.FindForReviewAsync(id, cancellationToken) : null;
        if (filing is null)
        {
            step.Turn.Send(FilingDialogTexts.NotFound);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var reviewers = await _filings.ReviewersOfAsync(filing, cancellationToken);
        if (!reviewers.Any(r => r.Id == step.Turn.User.Id))
        {
            step.Turn.Send(ReviewTexts.NotYours(FilingTexts.Number(filing)));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (filing.Status != FilingStatus.Pending)
        {
            step.Turn.Send(new OutboundMessage(ReviewTexts.NotPending(FilingTexts.Number(filing), DomainNames.Of(filing.Status)),
                ReviewTexts.ReviewTitle, ReviewTexts.Facts(filing)));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Set(FilingKey, filing.Id);
        return decision is { } chosen
            ? await step.NextAsync(chosen, cancellationToken)
            : await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
                ReviewTexts.AskDecision(FilingTexts.Number(filing)),
                DomainNames.Decisions.Select(d => Choice.Of(d.Key, d.Value)),
                ReviewTexts.ReviewTitle, ReviewTexts.Facts(filing)), cancellationToken);
    }

    private static Task<DialogTurnResult> AskOpinionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var decision = step.Result is FoundChoice choice ? choice.As<ReviewDecision>() : (ReviewDecision)step.Result!;
        step.Values.Set(DecisionKey, decision);
        return step.PromptAsync(PromptIds.Text, FilingQuestions.Text(
            decision == ReviewDecision.Approve ? ReviewTexts.AskOptionalOpinion : ReviewTexts.AskRequiredOpinion(DomainNames.Of(decision)),
            decision == ReviewDecision.Approve ? ReviewTexts.ExampleApproval : ReviewTexts.ExampleOpinion) with
        {
            Suggestions = decision == ReviewDecision.Approve ? [ReviewTexts.NoOpinion] : [],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SubmitAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var filingId = step.Values.GetRequired<int>(FilingKey);
        var decision = step.Values.GetRequired<ReviewDecision>(DecisionKey);
        var opinion = FilingQuestions.NothingToNull((string)step.Result!);
        if (opinion is null && decision != ReviewDecision.Approve)
        {
            step.Turn.Send(ReviewTexts.OpinionRequired(DomainNames.Of(decision)));
            return await step.ReplaceDialogAsync(StepsId,
                $"{filingId.ToString(CultureInfo.InvariantCulture)}:{decision}", cancellationToken);
        }

        var outcome = await _filings.ReviewAsync(step.Turn.User, filingId, decision, opinion, cancellationToken);
        var number = "#" + filingId.ToString(CultureInfo.InvariantCulture);
        step.Turn.Send(new OutboundMessage(outcome switch
            {
                ReviewOutcome.Done => ReviewTexts.Reviewed(number, DomainNames.Of(decision)),
                ReviewOutcome.NotPending => ReviewTexts.NotPending(number, ReviewTexts.AlreadyDecided),
                ReviewOutcome.NotReviewer => ReviewTexts.NotYours(number),
                _ => FilingDialogTexts.NotFound,
            },
            ReviewTexts.ReviewTitle,
            Buttons: [new MessageButton(ReviewTexts.PendingName, Actions.Start(PendingReviewsDialog.DialogId))]));
        return await step.EndDialogAsync(outcome, cancellationToken);
    }
}
