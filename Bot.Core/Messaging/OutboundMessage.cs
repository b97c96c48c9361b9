namespace Lianzheng.Core.Messaging;

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
