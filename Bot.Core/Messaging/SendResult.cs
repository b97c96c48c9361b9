namespace Lianzheng.Core.Messaging;

/// <summary>The typed result of handing one message to a channel.</summary>
public abstract record SendResult
{
    private SendResult()
    {
    }

    public sealed record Delivered(string? ChannelMessageId) : SendResult;

    public sealed record Throttled(TimeSpan RetryAfter) : SendResult;

    /// <summary>The app is not installed, was blocked, or the person left the organisation.</summary>
    public sealed record RecipientUnreachable(string Reason) : SendResult;

    public sealed record TransientFailure(string Reason) : SendResult;

    public sealed record PermanentFailure(string Reason) : SendResult;
}
