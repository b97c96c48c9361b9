namespace Lianzheng.Core.Messaging;

/// <summary>Sends channel-neutral messages to one channel; implemented per channel in the host.</summary>
public interface IChannelSender
{
    string Channel { get; }

    /// <summary>Whether the channel limits what one person may be sent (WeCom: 30 a minute, 1000 an hour per member), so
    /// that with several dispatchers each person's deliveries on it must all go through one of them.</summary>
    bool LimitsPerRecipient => false;

    Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>Sends within a pace: a sender that looks things up first waits for its slot right before the request
    /// leaves, so that the requests reach the channel as evenly as they were paced.</summary>
    async Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, Pace pace, CancellationToken cancellationToken)
    {
        await pace(cancellationToken);
        return await SendAsync(recipientStaffId, message, cancellationToken);
    }
}
