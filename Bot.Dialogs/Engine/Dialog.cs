namespace Lianzheng.Dialogs.Engine;

/// <summary>A unit of conversation, in the spirit of Bot Builder's Dialog: begun, continued turn by turn, resumed by a child's result.</summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    public abstract Task<DialogTurnResult> BeginAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user said something while this dialog was on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child dialog this one began has ended with a result.</summary>
    public virtual Task<DialogTurnResult> ResumeAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the pending question again (after help, or a stale button).</summary>
    public virtual Task RepromptAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether the pending question offers this exact text as one of its answers (a choice's label), so that a
    /// command word that is also an offered answer is taken as the answer.</summary>
    public virtual bool Offers(DialogContext dc, DialogInstance instance, string text) => false;
}
