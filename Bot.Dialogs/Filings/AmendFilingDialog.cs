using System.Text.Json.Nodes;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Filings;

/// <summary>修改备案: changes fields of a filing whose event has not begun, then submits the changes in one go.</summary>
public sealed class AmendFilingDialog : BotDialog
{
    public const string DialogId = DialogIds.AmendFiling;
    private const string StepsId = DialogId + ".steps";
    private const string EditKey = "edit";
    private const string SubmitValue = "submit";
    private const string DiscardValue = "discard";

    private readonly FilingService _filings;
    private readonly FilingOptions _options;

    public AmendFilingDialog(FilingService filings, IOptions<FilingOptions> options)
        : base(DialogId)
    {
        _filings = filings;
        _options = options.Value;
        AddDialog(new WaterfallDialog(StepsId, [PickAsync, ChooseFieldAsync, DecideAsync, BackToChoiceAsync]));
        AddDialog(new FilingQuestionDialog());
        AddPrompts();
    }

    public override string Name => FilingDialogTexts.AmendName;

    public override string HelpLine => FilingDialogTexts.AmendHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [FilingDialogTexts.AmendName, "修改"];

    /// <summary>The amendment in progress: which filing, at which version, and the details as changed so far.</summary>
    private sealed record Edit(int FilingId, int Version, FilingDraft Draft);

    private Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.OptionsNode is JsonObject
            ? step.NextAsync(step.Options<Edit>(), cancellationToken)
            : FilingChoice.PickAsync(step, _filings, static (f, today) => f.CanChange(today),
                FilingDialogTexts.ChooseToAmend, FilingDialogTexts.NoneChangeable, FilingDialogTexts.AmendTitle, cancellationToken);

    private async Task<DialogTurnResult> ChooseFieldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var pending = step.Result as Edit;
        var filing = await FilingChoice.LoadAsync(
            step, _filings, pending?.FilingId ?? FilingChoice.Picked(step.Result), static (f, today) => f.CanChange(today),
            FilingDialogTexts.NotChangeable, cancellationToken);
        if (filing is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var edit = pending ?? new Edit(filing.Id, filing.Version, FilingDraft.From(filing));
        step.Values.Set(EditKey, edit);
        var changes = FilingTexts.Changes(FilingDraft.From(filing), edit.Draft);
        var text = FilingDialogTexts.AmendText(FilingTexts.Number(filing));
        if (filing.Status == FilingStatus.NeedsMore && filing.Reviews.OrderBy(r => r.DecidedAt).LastOrDefault()?.Opinion is { } asked)
        {
            text += "\n" + FilingDialogTexts.ReviewerAsked(asked);
        }

        if (changes.Count > 0)
        {
            text += "\n" + FilingDialogTexts.AmendPending + "\n" + string.Join("\n", changes.Select(c => $"• {c.Key}：{c.Value}"));
        }

        text += "\n" + FilingDialogTexts.AskFieldToChange;
        return await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
            text,
            [
                .. FilingQuestions.FieldChoices(edit.Draft),
                new Choice(SubmitValue, FilingDialogTexts.SubmitChanges, FilingDialogTexts.SubmitWords),
                new Choice(DiscardValue, FilingDialogTexts.DiscardChanges, FilingDialogTexts.DiscardWords),
            ],
            FilingDialogTexts.AmendTitle, FilingTexts.DraftFacts(edit.Draft)), cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var edit = step.Values.GetRequired<Edit>(EditKey);
        var answer = (FoundChoice)step.Result!;
        if (answer.Value == DiscardValue)
        {
            step.Turn.Send(FilingDialogTexts.AmendDiscarded);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (answer.Value == SubmitValue)
        {
            var current = await _filings.FindOwnAsync(step.Turn.User.Id, edit.FilingId, cancellationToken);
            if (current is not null && FilingTexts.Changes(FilingDraft.From(current), edit.Draft).Count == 0 && current.Version == edit.Version)
            {
                step.Turn.Send(FilingDialogTexts.NoChanges);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            if (edit.Draft.Unanswered is [var unanswered, ..])
            {
                step.Turn.Send(FilingDialogTexts.AnswerFirst);
                return await step.BeginDialogAsync(FilingQuestionDialog.DialogId, new FilingQuestion(edit.Draft, unanswered), cancellationToken);
            }

            if ((await _filings.MissingReasonsAsync(edit.Draft, cancellationToken)) is [var reason, ..])
            {
                step.Turn.Send(FilingDialogTexts.ReasonFirst);
                return await step.BeginDialogAsync(FilingQuestionDialog.DialogId, new FilingQuestion(edit.Draft, reason), cancellationToken);
            }

            var outcome = await _filings.AmendAsync(step.Turn.User, edit.FilingId, edit.Version, edit.Draft, cancellationToken);
            return await FilingChoice.EndWithOutcomeAsync(
                step, _filings, edit.FilingId, outcome,
                _options.Review == ReviewMode.Required ? FilingDialogTexts.AmendedForReview : FilingDialogTexts.Amended,
                FilingDialogTexts.AmendTitle, cancellationToken);
        }

        var field = answer.As<FilingField>();
        return await step.BeginDialogAsync(FilingQuestionDialog.DialogId, new FilingQuestion(edit.Draft, field), cancellationToken);
    }

    private static Task<DialogTurnResult> BackToChoiceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var edit = step.Values.GetRequired<Edit>(EditKey);
        return step.ReplaceDialogAsync(StepsId, edit with { Draft = (FilingDraft)step.Result! }, cancellationToken);
    }
}
