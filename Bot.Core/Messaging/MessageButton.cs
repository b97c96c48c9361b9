using System.Text.Json.Serialization;

namespace Lianzheng.Core.Messaging;

/// <summary>A button: its label and the action payload it sends back, or, for a link (<see cref="Link"/>), the address it
/// opens instead (Teams: Action.OpenUrl; WeCom: a link; the local chat: an anchor).</summary>
public sealed record MessageButton(string Label, string Action, string? Url = null)
{
    public static MessageButton Link(string label, string url) => new(label, "", url);

    /// <summary>Derived from <see cref="Url"/>; not stored with the button.</summary>
    [JsonIgnore]
    public bool IsLink => Url is not null;
}
