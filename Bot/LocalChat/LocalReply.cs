using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.LocalChat;

/// <summary>A message as the page renders it.</summary>
public sealed record LocalReply(string? Title, string Text, IReadOnlyList<LocalFact> Facts, IReadOnlyList<LocalButton> Buttons)
{
    public static LocalReply From(OutboundMessage message) => new(
        message.Title,
        message.Text,
        [.. message.Facts.Select(f => new LocalFact(f.Key, f.Value))],
        [.. message.Buttons.Select(LocalButton.From)]);
}
