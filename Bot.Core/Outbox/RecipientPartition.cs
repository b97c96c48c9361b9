namespace Lianzheng.Core.Outbox;

/// <summary>The recipients one dispatcher claims deliveries for on a channel whose limits are per person (WeCom: 30
/// messages a minute and 1000 an hour to one member): those whose staff id leaves <see cref="Index"/> when divided by
/// <see cref="Count"/>, the number of dispatchers running. One dispatcher then sends all a person gets on that channel,
/// so its own per-person windows keep the limit for the whole deployment. The rows of a call a crash interrupted are
/// the exception: they go to the dispatcher whose part holds their message id, all of them, so that the call is sent
/// again as the identical request (WeCom's duplicate check); a person in it may be sent that once by another part.</summary>
public readonly record struct RecipientPartition
{
    public RecipientPartition(int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, count);
        Index = index;
        Count = count;
    }

    /// <summary>Everybody: one dispatcher alone, or a channel whose limits are not per person.</summary>
    public static RecipientPartition All { get; } = new(0, 1);

    public int Index { get; }

    public int Count { get; }

    public override string ToString() => $"{Index + 1} of {Count}";
}
