using System.Text.Json.Serialization;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.LocalChat;

/// <summary>A button as the page renders it: <c>{"label","action"}</c>, or for a link <c>{"label","url"}</c> (an anchor
/// that opens the address; no action key).</summary>
public sealed record LocalButton(
    string Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Action,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Url = null)
{
    public static LocalButton From(MessageButton button) =>
        button.Url is { } url ? new LocalButton(button.Label, null, url) : new LocalButton(button.Label, button.Action);
}
