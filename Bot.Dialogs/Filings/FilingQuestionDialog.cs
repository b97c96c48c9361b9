using Lianzheng.Core.Filings;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Which field of which draft to ask.</summary>
internal sealed record FilingQuestion(FilingDraft Draft, FilingField Field);

/// <summary>Asks one field of a filing and ends with the draft that holds the answer.</summary>
internal sealed class FilingQuestionDialog : ComponentDialog
{
    public const string DialogId = "filing-question";

    public FilingQuestionDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(DialogId + ".steps", [AskAsync, ApplyAsync]));
        AddPrompts();
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.Options<FilingQuestion>()!;
        var (promptId, options) = FilingQuestions.Ask(question.Field, question.Draft, step.Turn.Today);
        return step.PromptAsync(promptId, options, cancellationToken);
    }

    private static Task<DialogTurnResult> ApplyAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var question = step.Options<FilingQuestion>()!;
        return step.EndDialogAsync(FilingQuestions.Apply(question.Field, question.Draft, step.Result), cancellationToken);
    }
}

/// <summary>Which fields of a draft to ask, and how far along the questions are.</summary>
internal sealed record FilingFieldsRequest(FilingDraft Draft, IReadOnlyList<FilingField> Fields, int Index = 0);

/// <summary>Asks a list of fields one after the other and ends with the filled draft.</summary>
internal sealed class FilingFieldsDialog : ComponentDialog
{
    public const string DialogId = "filing-fields";
    private const string LoopId = DialogId + ".steps";

    public FilingFieldsDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(LoopId, [AskAsync, NextAsync]));
        AddDialog(new FilingQuestionDialog());
    }

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<FilingFieldsRequest>()!;
        return step.BeginDialogAsync(FilingQuestionDialog.DialogId, new FilingQuestion(request.Draft, request.Fields[request.Index]), cancellationToken);
    }

    private static Task<DialogTurnResult> NextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var request = step.Options<FilingFieldsRequest>()!;
        var draft = (FilingDraft)step.Result!;
        return request.Index + 1 < request.Fields.Count
            ? step.ReplaceDialogAsync(LoopId, request with { Draft = draft, Index = request.Index + 1 }, cancellationToken)
            : step.EndDialogAsync(draft, cancellationToken);
    }
}
