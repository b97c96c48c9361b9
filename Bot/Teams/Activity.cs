using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lianzheng.Bot.Teams;

/// <summary>A Bot Framework activity (the subset we use); unknown fields are kept, as the protocol asks.</summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    public string? ReplyToId { get; set; }

    public JsonElement? Value { get; set; }

    public string? Name { get; set; }

    public string? Action { get; set; }

    public string? Locale { get; set; }

    public List<ChannelAccount>? MembersAdded { get; set; }

    public List<Attachment>? Attachments { get; set; }

    public List<JsonElement>? Entities { get; set; }

    public JsonElement? ChannelData { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 128,
    };

    /// <summary>The tenant, from the conversation or the channel data.</summary>
    public string? TenantId =>
        Conversation?.TenantId
        ?? (ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty("tenant", out var tenant)
            && tenant.ValueKind == JsonValueKind.Object && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null);

    /// <summary>The user's IANA time zone from the clientInfo entity, when Teams sent one.</summary>
    public string? ClientTimeZone => Entities?
        .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "clientInfo")
        .Select(e => e.TryGetProperty("timezone", out var z) && z.ValueKind == JsonValueKind.String ? z.GetString() : null)
        .FirstOrDefault(z => z is not null);
}
