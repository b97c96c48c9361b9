using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

/// <summary>A dialog made of dialogs: its own dialog set and its own inner stack, kept in its state.</summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    internal const string InnerStackKey = "stack";

    // The names DialogStackState.Json gives DialogInstance's properties (camel case).
    private const string IdKey = "id";
    private const string StateKey = "state";

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
        var inner = new DialogContext(_dialogs, dc.Turn, ReadStack(instance, take: true), dc);
        var result = await action(inner);
        instance.State[InnerStackKey] = new JsonArray([.. inner.Stack.Select(frame => (JsonNode)new JsonObject
        {
            [IdKey] = frame.Id,
            [StateKey] = frame.State,
        })]);
        return result.Status switch
        {
            DialogTurnStatus.Complete or DialogTurnStatus.Empty => await dc.EndDialogAsync(result.Result, cancellationToken),
            DialogTurnStatus.Cancelled => dc.CancelAllDialogs(),
            _ => DialogTurnResult.EndOfTurn,
        };
    }

    /// <summary>For a look at the inner stack (what it offers, its question again): a copy, the state stays as it is.</summary>
    private DialogContext CreateInnerContext(DialogContext dc, DialogInstance instance) => new(_dialogs, dc.Turn, ReadStack(instance, take: false), dc);

    /// <summary>The inner stack kept in the component's state, as <see cref="DialogStackState.Json"/> writes a list of
    /// <see cref="DialogInstance"/>. Read from the JSON nodes directly rather than through the serializer: this runs for
    /// every component on the stack on every turn, and a round trip through text cost a third of a turn's dialog work
    /// (bench/README.md). Taken, each frame's state moves out of the component's (a JSON node has one parent) and is put
    /// back when the turn ends; looked at, it is copied.</summary>
    private static List<DialogInstance> ReadStack(DialogInstance instance, bool take)
    {
        if (instance.State[InnerStackKey] is not JsonArray array)
        {
            return [];
        }

        var stack = new List<DialogInstance>(array.Count);
        foreach (var frame in array.OfType<JsonObject>())
        {
            var state = frame[StateKey] as JsonObject;
            if (take)
            {
                frame.Remove(StateKey);
            }
            else
            {
                state = state?.DeepClone().AsObject();
            }

            stack.Add(new DialogInstance { Id = frame[IdKey]?.GetValue<string>() ?? "", State = state ?? [] });
        }

        return stack;
    }
}
