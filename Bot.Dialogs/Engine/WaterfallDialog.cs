using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>A fixed sequence of steps; each step usually asks a question and the next one receives the answer.</summary>
public sealed class WaterfallDialog(string id, IEnumerable<WaterfallStep> steps) : Dialog(id)
{
    private const string StepIndexKey = "stepIndex";
    private const string ValuesKey = "values";
    private const string OptionsKey = "options";

    private readonly IReadOnlyList<WaterfallStep> _steps = [.. steps];

    public override Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[ValuesKey] = new JsonObject();
        state[OptionsKey] = options is null ? null : JsonSerializer.SerializeToNode(options, DialogStackState.Json);
        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    /// <summary>A message arrived while no prompt was pending: hand the text to the next step.</summary>
    public override Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        RunStepAsync(dc, StepIndex(dc.ActiveDialog!) + 1, dc.Turn.Text, cancellationToken);

    public override Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        RunStepAsync(dc, StepIndex(dc.ActiveDialog!) + 1, result, cancellationToken);

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.State[StepIndexKey] = index;
        var values = (JsonObject)instance.State[ValuesKey]!;
        var step = new WaterfallStepContext(this, dc, index, values, instance.State[OptionsKey], result);
        return await _steps[index](step, cancellationToken);
    }

    private static int StepIndex(DialogInstance instance) => instance.State[StepIndexKey]?.GetValue<int>() ?? 0;
}

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

/// <summary>The values a waterfall keeps between its steps, persisted as JSON.</summary>
public sealed class StepValues(JsonObject values)
{
    public void Set<T>(string key, T value) => values[key] = JsonSerializer.SerializeToNode(value, DialogStackState.Json);

    public T? Get<T>(string key) => values[key] is { } node ? node.Deserialize<T>(DialogStackState.Json) : default;

    public T GetRequired<T>(string key) =>
        Get<T>(key) ?? throw new InvalidOperationException($"The waterfall value '{key}' has not been set.");

    public bool Has(string key) => values.ContainsKey(key);
}
