using System.Text.Encodings.Web;
using System.Text.Json;

namespace Lianzheng.Core.Messaging;

/// <summary>A turn's replies as they are stored with its inbound row, until each has gone out.</summary>
public static class StoredReplies
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Serialize(IReadOnlyList<OutboundMessage> replies) => JsonSerializer.Serialize(replies, Json);

    public static IReadOnlyList<OutboundMessage> Deserialize(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<OutboundMessage>>(json, Json) ?? [];
}
