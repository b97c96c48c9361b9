using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

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
