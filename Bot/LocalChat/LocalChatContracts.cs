using System.Text.Json;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.LocalChat;

/// <summary>POST /api/local/messages: the user id (a string or a number) and a text or a button's action.</summary>
public sealed record LocalMessageRequest(JsonElement UserId, string? Text, string? Action)
{
    public string? UserKey => UserId.ValueKind switch
    {
        JsonValueKind.String => UserId.GetString(),
        JsonValueKind.Number => UserId.GetRawText(),
        _ => null,
    };
}

public sealed record LocalUser(string Id, string Name, string? Section, IReadOnlyList<string> Roles);

public sealed record LocalFact(string Key, string Value);

public sealed record LocalButton(string Label, string Action);

/// <summary>A message as the page renders it.</summary>
public sealed record LocalReply(string? Title, string Text, IReadOnlyList<LocalFact> Facts, IReadOnlyList<LocalButton> Buttons)
{
    public static LocalReply From(OutboundMessage message) => new(
        message.Title,
        message.Text,
        [.. message.Facts.Select(f => new LocalFact(f.Key, f.Value))],
        [.. message.Buttons.Select(b => new LocalButton(b.Label, b.Action))]);
}

public sealed record LocalTurnResponse(IReadOnlyList<LocalReply> Replies);

/// <summary>A message pushed to the user (a notification or reminder); <c>Id</c> is the cursor for <c>after</c>.</summary>
public sealed record LocalPushedMessage(long Id, DateTimeOffset At, string? Title, string Text, IReadOnlyList<LocalFact> Facts, IReadOnlyList<LocalButton> Buttons);

public sealed record LocalPushResponse(IReadOnlyList<LocalPushedMessage> Messages);
