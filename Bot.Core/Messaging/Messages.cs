namespace Lianzheng.Core.Messaging;

/// <summary>The channels the bot speaks on.</summary>
public static class Channels
{
    public const string Local = "local";
    public const string Teams = "msteams";
    public const string WeCom = "wecom";
}

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

/// <summary>A key/value line of a card.</summary>
public sealed record Fact(string Key, string Value);

/// <summary>A button: its label and the action payload it sends back.</summary>
public sealed record MessageButton(string Label, string Action);

/// <summary>What the bot says, whatever the channel; each channel renders it natively.</summary>
public sealed record OutboundMessage(
    string Text,
    string? Title = null,
    IReadOnlyList<Fact>? Facts = null,
    IReadOnlyList<MessageButton>? Buttons = null,
    bool AsksConfirmation = false)
{
    public const int MaxButtons = 6;

    public IReadOnlyList<Fact> Facts { get; init; } = Facts ?? [];

    public IReadOnlyList<MessageButton> Buttons { get; init; } =
        (Buttons ?? []).Count <= MaxButtons
            ? Buttons ?? []
            : throw new ArgumentException($"A message carries at most {MaxButtons} buttons.", nameof(Buttons));
}
