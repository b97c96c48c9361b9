using Lianzheng.Core.Filings;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Asks a list of fields one after the other and ends with the filled draft; a field the answers so far make
/// beside the point (公车 with no cars) is skipped.</summary>
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
        var field = request.Fields[request.Index];
        return FilingFields.Applies(field, request.Draft)
            ? step.BeginDialogAsync(FilingQuestionDialog.DialogId, new FilingQuestion(request.Draft, field), cancellationToken)
            : step.NextAsync(request.Draft, cancellationToken);
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
