using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

/// <summary>A dialog made of dialogs: its own dialog set and its own inner stack, kept in its state.</summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    internal const string InnerStackKey = "stack";

    private readonly DialogSet _dialogs = new();

    protected string InitialDialogId { get; set; } = "";

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        _dialogs.Add(dialog);
        if (InitialDialogId.Length == 0)
        {
            InitialDialogId = dialog.Id;
        }

        return this;
    }

    /// <summary>Adds the standard prompts under the ids of <see cref="PromptIds"/>.</summary>
    protected void AddPrompts()
    {
        AddDialog(new Prompts.TextPrompt(PromptIds.Text));
        AddDialog(new Prompts.NumberPrompt(PromptIds.Number));
        AddDialog(new Prompts.DatePrompt(PromptIds.Date));
        AddDialog(new Prompts.ConfirmPrompt(PromptIds.Confirm));
        AddDialog(new Prompts.ChoicePrompt(PromptIds.Choice));
    }

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.BeginDialogAsync(InitialDialogId, options, cancellationToken), cancellationToken);

    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunInnerAsync(dc, inner => inner.ContinueDialogAsync(cancellationToken), cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        // A component begins nothing on the outer stack itself, so being resumed means our inner work is done.
        dc.EndDialogAsync(result, cancellationToken);

    public override Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, instance);
        return inner.RepromptAsync(cancellationToken);
    }

    public override bool Offers(DialogContext dc, DialogInstance instance, string text) =>
        CreateInnerContext(dc, instance).ActiveOffers(text);

    private async Task<DialogTurnResult> RunInnerAsync(
        DialogContext dc, Func<DialogContext, Task<DialogTurnResult>> action, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var inner = CreateInnerContext(dc, instance);
        var result = await action(inner);
        instance.State[InnerStackKey] = JsonSerializer.SerializeToNode(inner.Stack, DialogStackState.Json);
        return result.Status switch
        {
            DialogTurnStatus.Complete or DialogTurnStatus.Empty => await dc.EndDialogAsync(result.Result, cancellationToken),
            DialogTurnStatus.Cancelled => dc.CancelAllDialogs(),
            _ => DialogTurnResult.EndOfTurn,
        };
    }

    private DialogContext CreateInnerContext(DialogContext dc, DialogInstance instance)
    {
        var stack = instance.State[InnerStackKey] is JsonArray array
            ? array.Deserialize<List<DialogInstance>>(DialogStackState.Json) ?? []
            : [];
        return new DialogContext(_dialogs, dc.Turn, stack, dc);
    }
}
