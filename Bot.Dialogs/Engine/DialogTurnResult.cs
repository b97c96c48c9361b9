namespace Lianzheng.Dialogs.Engine;

/// <summary>How a turn left the dialogs, with the result of the one that ended.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);
}
