using System.Text.Json.Serialization;

namespace Lianzheng.Core.Messaging;

/// <summary>A button: its label and the action payload it sends back, or, for a link (<see cref="Link"/>), the address it
/// opens instead (Teams: Action.OpenUrl; WeCom: a link; the local chat: an anchor).</summary>
public sealed record MessageButton(string Label, string Action, string? Url = null)
{
    /// <summary>A button that opens an absolute http(s) address; anything else (javascript:, data:, a relative path) is refused
    /// here, so that no channel is ever handed one.</summary>
    public static MessageButton Link(string label, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp)
            ? new(label, "", url)
            : throw new ArgumentException("A link button opens an absolute http(s) address.", nameof(url));

    /// <summary>Derived from <see cref="Url"/>; not stored with the button.</summary>
    [JsonIgnore]
    public bool IsLink => Url is not null;
}
