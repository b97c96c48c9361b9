using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

/// <summary>What a waterfall step sees: the values gathered so far, the dialog's options and the previous answer.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _waterfall;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext context, int index, JsonObject values, JsonNode? options, object? result)
    {
        _waterfall = waterfall;
        Context = context;
        Index = index;
        Values = new StepValues(values);
        OptionsNode = options;
        Result = result;
    }

    public DialogContext Context { get; }

    public TurnContext Turn => Context.Turn;

    public int Index { get; }

    public StepValues Values { get; }

    public JsonNode? OptionsNode { get; }

    /// <summary>The answer of the previous step's prompt (or child dialog).</summary>
    public object? Result { get; }

    public T? Options<T>() => OptionsNode is null ? default : OptionsNode.Deserialize<T>(DialogStackState.Json);

    /// <summary>The record a button started the dialog for, when its argument is an id ("start:amend-filing:12" gives 12).</summary>
    public int? IdArgument() =>
        OptionsNode is JsonValue node && node.TryGetValue<string>(out var argument)
            && int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    public Task<DialogTurnResult> NextAsync(object? result, CancellationToken cancellationToken) =>
        _waterfall.RunStepAsync(Context, Index + 1, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string promptId, Prompts.PromptOptions options, CancellationToken cancellationToken) =>
        Context.PromptAsync(promptId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken) =>
        Context.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken) =>
        Context.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
