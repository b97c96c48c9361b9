using Lianzheng.Core.Filings;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Asks a list of fields one after the other and ends with the filled draft.</summary>
internal sealed class FilingFieldsDialog : ComponentDialog
{
    public const string DialogId = "filing-fields";
    private const string StepsId = DialogId + ".steps";

    public FilingFieldsDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, NextAsync]));
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
            ? step.ReplaceDialogAsync(StepsId, request with { Draft = draft, Index = request.Index + 1 }, cancellationToken)
            : step.EndDialogAsync(draft, cancellationToken);
    }
}
