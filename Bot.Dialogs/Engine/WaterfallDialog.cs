using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lianzheng.Dialogs.Engine;

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
