namespace Lianzheng.Core.Inbound;

/// <summary>The inbound message's turn had already committed; the run that finds this rolls back.</summary>
public sealed class TurnAlreadyCompletedException(long inboundId)
    : InvalidOperationException($"The turn of inbound message {inboundId} has already been completed.")
{
    public long InboundId { get; } = inboundId;
}
