using Lianzheng.Core.Filings;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Asks one field of a filing and ends with the draft that holds the answer.</summary>
internal sealed class FilingQuestionDialog : ComponentDialog
{
    public const string DialogId = "filing-question";
    private const string StepsId = DialogId + ".steps";

    public FilingQuestionDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, ApplyAsync]));
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
