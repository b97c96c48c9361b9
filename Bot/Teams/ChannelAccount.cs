using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lianzheng.Bot.Teams;

/// <summary>A user or bot in an activity (from, recipient, members).</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
