namespace Lianzheng.Core.Messaging;

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
