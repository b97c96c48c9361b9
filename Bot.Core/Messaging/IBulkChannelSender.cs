namespace Lianzheng.Core.Messaging;

/// <summary>A channel that sends one message to many people in one call (WeCom: up to 1000 per message/send). The
/// dispatcher hands it the recipients of one message together, in a stable order; the sender claims the call for the
/// recipients it will really send to (<see cref="CallClaim"/>) right before the request leaves. The result is per
/// recipient. The same key and recipients must give the same request, so that a call repeated after a crash is
/// recognised by the channel as the one it already delivered.</summary>
public interface IBulkChannelSender : IChannelSender
{
    int MaxRecipientsPerCall { get; }

    Task<IReadOnlyDictionary<int, SendResult>> SendManyAsync(
        IReadOnlyList<int> recipientStaffIds, OutboundMessage message, CallClaim claim, CancellationToken cancellationToken);
}
