namespace Lianzheng.Core.Messaging;

/// <summary>What a person said or clicked, whatever the channel. <paramref name="InboundId"/> is the stored inbound
/// row the turn completes (Teams and WeCom messages), null for a turn answered in the request itself.</summary>
public sealed record InboundMessage(
    string Channel,
    string ChannelUserId,
    string? Text,
    string? Action,
    string? ChannelMessageId,
    DateTimeOffset Timestamp,
    long? InboundId = null)
{
    /// <summary>What makes a domain write of this turn the same as one a replay of it would make (a talk recorded, a
    /// project registered): the stored inbound row, else the channel's message id; null when neither is known.</summary>
    public string? SourceKey =>
        InboundId is { } id ? $"inbound:{id}"
        : string.IsNullOrEmpty(ChannelMessageId) ? null
        : $"{Channel}:{ChannelUserId}:{ChannelMessageId}";
}
