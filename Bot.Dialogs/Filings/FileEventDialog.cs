using System.Text.Json.Nodes;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Routing;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Filings;

/// <summary>备案: files a personal event. Kind, whose event, the kind's details, a summary to check (and change), then submit.</summary>
public sealed class FileEventDialog : BotDialog
{
    public const string DialogId = "file";
    private const string StepsId = DialogId + ".steps";
    private const string SubmitValue = "submit";
    private const string ChangeValue = "change";
    private const string DiscardValue = "discard";
    private const string DraftKey = "draft";
    private const string SubmissionKey = "submission";
    private const string PrefillKey = "prefill";
    private const string AnsweredKey = "answered";

    private readonly FilingService _filings;
    private readonly FilingOptions _options;

    public FileEventDialog(FilingService filings, IOptions<FilingOptions> options)
        : base(DialogId)
    {
        _filings = filings;
        _options = options.Value;
        AddDialog(new WaterfallDialog(StepsId,
            [AskKindAsync, AskSubjectAsync, AskDetailsAsync, AskReasonsAsync, ReviewAsync, DecideAsync, ChangeFieldAsync, BackToReviewAsync]));
        AddDialog(new FilingFieldsDialog());
        AddDialog(new FilingQuestionDialog());
        AddPrompts();
    }

    public override string Name => FilingDialogTexts.FileName;

    public override string HelpLine => FilingDialogTexts.FileHelp;

    public override IReadOnlyList<string> Keywords => [FilingDialogTexts.FileName, "报备", "个人事项"];

    /// <summary>Options of the steps when coming back to the summary after a change.</summary>
    private sealed record Review(FilingDraft Draft);

    private static FilingDraft? Reviewing(WaterfallStepContext step) =>
        step.OptionsNode is JsonObject node && node.ContainsKey("draft") ? step.Options<Review>()!.Draft : null;

    /// <summary>What the sentence that began the filing already said (我儿子下个月12号结婚…), if one did.</summary>
    private static FilingPrefill? Prefilled(WaterfallStepContext step) =>
        step.OptionsNode is JsonObject node && !node.ContainsKey("draft") ? step.Options<FilingPrefill>() : null;

    private static Task<DialogTurnResult> AskKindAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (Reviewing(step) is { } draft)
        {
            return step.NextAsync(draft, cancellationToken);
        }

        if (Prefilled(step) is { } prefill)
        {
            step.Values.Set(PrefillKey, prefill);
            if (prefill.Kind is { } kind)
            {
                return step.NextAsync(FoundChoice.Select(FilingQuestions.KindChoices, kind.ToString()), cancellationToken);
            }
        }

        return step.PromptAsync(PromptIds.Choice,
            ChoicePromptOptions.Ask(FilingDialogTexts.AskKind, FilingQuestions.KindChoices, FilingDialogTexts.FileTitle), cancellationToken);
    }

    private static Task<DialogTurnResult> AskSubjectAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FilingDraft)
        {
            return step.NextAsync(step.Result, cancellationToken);
        }

        var kind = ((FoundChoice)step.Result!).As<FilingKind>();
        var draft = new FilingDraft { Kind = kind };
        var prefill = step.Values.Get<FilingPrefill>(PrefillKey);
        if (prefill is not null)
        {
            // The answers the sentence gave, said back once before the first question still to ask.
            var (prefilled, answered, said) = FilingQuestions.Prefill(draft, prefill, step.Turn.Today);
            draft = prefilled;
            step.Values.Set(AnsweredKey, answered);
            var subject = kind == FilingKind.TravelAbroad ? null : prefill.Subject;
            step.Turn.Preface(FilingDialogTexts.Understood(
                [DomainNames.Of(kind), .. subject is { } s ? [DomainNames.Of(s)] : Array.Empty<string>(), .. said]));
        }

        step.Values.Set(DraftKey, draft);
        if (kind == FilingKind.TravelAbroad)
        {
            return step.NextAsync(null, cancellationToken);
        }

        return prefill?.Subject is { } given
            ? step.NextAsync(FoundChoice.Select(FilingQuestions.SubjectChoices, given.ToString()), cancellationToken)
            : step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(FilingDialogTexts.AskSubject, FilingQuestions.SubjectChoices), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDetailsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FilingDraft)
        {
            return step.NextAsync(step.Result, cancellationToken);
        }

        var draft = step.Values.GetRequired<FilingDraft>(DraftKey);
        if (step.Result is FoundChoice subject)
        {
            draft = FilingQuestions.Apply(FilingField.Subject, draft, subject);
        }

        var answered = step.Values.Get<List<FilingField>>(AnsweredKey) ?? [];
        return step.BeginDialogAsync(
            FilingFieldsDialog.DialogId, new FilingFieldsRequest(draft, [.. FilingFields.Of(draft).Where(f => !answered.Contains(f))]), cancellationToken);
    }

    /// <summary>The reasons the rules want (逾期报告, above the scale limits), asked after the details.</summary>
    private async Task<DialogTurnResult> AskReasonsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = (FilingDraft)step.Result!;
        var missing = await _filings.MissingReasonsAsync(draft, cancellationToken);
        return missing.Count == 0
            ? await step.NextAsync(draft, cancellationToken)
            : await step.BeginDialogAsync(FilingFieldsDialog.DialogId, new FilingFieldsRequest(draft, missing), cancellationToken);
    }

    private static Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = (FilingDraft)step.Result!;
        step.Values.Set(DraftKey, draft);
        step.Values.Set(SubmissionKey, Guid.NewGuid().ToString("N"));
        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(
            FilingDialogTexts.ReviewText,
            [
                new Choice(SubmitValue, FilingDialogTexts.Submit, FilingDialogTexts.SubmitWords),
                new Choice(ChangeValue, FilingDialogTexts.Change, FilingDialogTexts.ChangeWords),
                new Choice(DiscardValue, FilingDialogTexts.Discard, FilingDialogTexts.DiscardWords),
            ],
            FilingDialogTexts.FileTitle,
            FilingTexts.DraftFacts(draft)), cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Values.GetRequired<FilingDraft>(DraftKey);
        switch (((FoundChoice)step.Result!).Value)
        {
            case SubmitValue:
                var filing = await _filings.FileAsync(step.Turn.User, draft, step.Values.GetRequired<string>(SubmissionKey), cancellationToken);
                var number = FilingTexts.Number(filing);
                var text = _options.Review == ReviewMode.Required
                    ? FilingDialogTexts.FiledForReview(DomainNames.Of(filing.Kind), number,
                        string.Join("、", (await _filings.ReviewersOfAsync(filing, cancellationToken)).Select(r => r.Name)))
                    : FilingDialogTexts.Filed(DomainNames.Of(filing.Kind), number);
                text += (filing.IsLate ? FilingDialogTexts.FiledLate(number) : "")
                    + (filing.Kind == FilingKind.TravelAbroad && _options.Review == ReviewMode.Required ? FilingDialogTexts.TripNeedsApproval : "");
                step.Turn.Send(new OutboundMessage(
                    text,
                    FilingDialogTexts.FiledTitle,
                    FilingTexts.Facts(filing),
                    [new MessageButton(FilingDialogTexts.MyFilingsName, Actions.Start(MyFilingsDialog.DialogId)), new MessageButton(BotTexts.MenuLabel, Actions.Menu)]));
                return await step.EndDialogAsync(filing.Id, cancellationToken);
            case ChangeValue:
                return await step.PromptAsync(PromptIds.Choice,
                    ChoicePromptOptions.Ask(FilingDialogTexts.AskFieldToChange, FilingQuestions.FieldChoices(draft)), cancellationToken);
            default:
                step.Turn.Send(FilingDialogTexts.Discarded);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> ChangeFieldAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var draft = step.Values.GetRequired<FilingDraft>(DraftKey);
        var field = ((FoundChoice)step.Result!).As<FilingField>();
        return step.BeginDialogAsync(FilingQuestionDialog.DialogId, new FilingQuestion(draft, field), cancellationToken);
    }

    private static Task<DialogTurnResult> BackToReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.ReplaceDialogAsync(StepsId, new Review((FilingDraft)step.Result!), cancellationToken);
}
