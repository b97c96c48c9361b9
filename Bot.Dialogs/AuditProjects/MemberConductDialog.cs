using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.AuditProjects;

/// <summary>Asks, member by member, whether each kept the discipline; ends with staff id → kept.</summary>
internal sealed class MemberConductDialog : ComponentDialog
{
    public const string DialogId = "member-conduct";
    private const string StepsId = DialogId + ".steps";

    public MemberConductDialog()
        : base(DialogId)
    {
        AddDialog(new WaterfallDialog(StepsId, [AskAsync, RecordAsync]));
        AddPrompts();
    }

    /// <summary>The team, who is asked next, and the answers so far.</summary>
    public sealed record Progress(IReadOnlyList<int> Ids, IReadOnlyList<string> Names, int Next, Dictionary<int, bool> Kept);

    private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.Options<Progress>()!;
        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(AuditProjectDialogTexts.AskMemberKept(progress.Names[progress.Next])) with
        {
            YesLabel = AuditProjectDialogTexts.Kept,
            NoLabel = AuditProjectDialogTexts.NotKept,
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var progress = step.Options<Progress>()!;
        var kept = new Dictionary<int, bool>(progress.Kept) { [progress.Ids[progress.Next]] = (bool)step.Result! };
        return progress.Next + 1 < progress.Ids.Count
            ? await step.ReplaceDialogAsync(StepsId, progress with { Next = progress.Next + 1, Kept = kept }, cancellationToken)
            : await step.EndDialogAsync(kept, cancellationToken);
    }
}
