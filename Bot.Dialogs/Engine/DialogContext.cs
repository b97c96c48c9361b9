namespace Lianzheng.Dialogs.Engine;

/// <summary>Runs a stack of dialogs from one dialog set for one turn.</summary>
public sealed class DialogContext(
    DialogSet dialogs, TurnContext turn, List<DialogInstance> stack, DialogContext? parent = null, List<string>? back = null)
{
    public TurnContext Turn { get; } = turn;

    public DialogSet Dialogs { get; } = dialogs;

    public IReadOnlyList<DialogInstance> Stack => stack;

    /// <summary>The context of the component that owns this one, if any.</summary>
    public DialogContext? Parent { get; } = parent;

    public DialogInstance? ActiveDialog => stack.Count > 0 ? stack[^1] : null;

    /// <summary>Whether this turn cancelled the dialogs or began one with none open: nothing before it to go back to.</summary>
    public bool StartedOver { get; private set; }

    /// <summary>Whether this turn went back one question (上一步).</summary>
    public bool WentBack { get; private set; }

    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        var dialog = Find(dialogId);
        StartedOver |= stack.Count == 0 && Parent is null;
        stack.Add(new DialogInstance { Id = dialogId });
        return await dialog.BeginAsync(this, options, cancellationToken);
    }

    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await Find(active.Id).ContinueAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes its parent with the result.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result, CancellationToken cancellationToken)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        if (ActiveDialog is { } parentInstance)
        {
            return await Find(parentInstance.Id).ResumeAsync(this, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options, CancellationToken cancellationToken)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }

        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public DialogTurnResult CancelAllDialogs()
    {
        StartedOver = true;
        stack.Clear();
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Whether the pending question offers this exact text as an answer.</summary>
    public bool ActiveOffers(string text) => ActiveDialog is { } active && Find(active.Id).Offers(this, active, text);

    public Task RepromptAsync(CancellationToken cancellationToken) =>
        ActiveDialog is { } active ? Find(active.Id).RepromptAsync(this, active, cancellationToken) : Task.CompletedTask;

    /// <summary>上一步: the dialog as it stood at the question before the pending one, with the answers given before
    /// that, and that question asked again; false when the pending question is the dialog's first.</summary>
    public async Task<bool> GoBackAsync(CancellationToken cancellationToken)
    {
        if (back is not { Count: > 0 } || ActiveDialog is null)
        {
            return false;
        }

        var previous = DialogStackState.ReadStack(back[^1]);
        back.RemoveAt(back.Count - 1);
        stack.Clear();
        stack.AddRange(previous);
        WentBack = true;
        await RepromptAsync(cancellationToken);
        return true;
    }

    private Dialog Find(string dialogId) =>
        Dialogs.Find(dialogId) ?? throw new InvalidOperationException($"Dialog '{dialogId}' is not in this dialog set.");
}
