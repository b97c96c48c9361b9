namespace Lianzheng.Core.Messaging;

/// <summary>A channel that sends one message to many people in one call (WeCom: up to 1000 per message/send). The
/// dispatcher hands it the recipients of one message together; the result is per recipient.</summary>
public interface IBulkChannelSender : IChannelSender
{
    int MaxRecipientsPerCall { get; }

    Task<IReadOnlyDictionary<int, SendResult>> SendManyAsync(
        IReadOnlyList<int> recipientStaffIds, OutboundMessage message, CancellationToken cancellationToken);
}
