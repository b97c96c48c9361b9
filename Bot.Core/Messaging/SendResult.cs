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

/// <summary>Waits for the channel's next sending slot (the outbox's pace under the channel's rate limit).</summary>
public delegate ValueTask Pace(CancellationToken cancellationToken);

/// <summary>Sends channel-neutral messages to one channel; implemented per channel in the host.</summary>
public interface IChannelSender
{
    string Channel { get; }

    Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>Sends within a pace: a sender that looks things up first waits for its slot right before the request
    /// leaves, so that the requests reach the channel as evenly as they were paced.</summary>
    async Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, Pace pace, CancellationToken cancellationToken)
    {
        await pace(cancellationToken);
        return await SendAsync(recipientStaffId, message, cancellationToken);
    }
}
