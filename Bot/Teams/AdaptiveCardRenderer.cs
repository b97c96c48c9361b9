using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.Teams;

/// <summary>Renders the channel-neutral message as an Adaptive Card 1.5: title, text, facts and buttons. A button that
/// confirms a message is an Action.Execute (the card is replaced in place), a link an Action.OpenUrl (no round trip to
/// us); the others are Action.Submit.</summary>
public static class AdaptiveCardRenderer
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string ExecuteVerb = "lianzheng";
    public const string ActionKey = "action";

    public static JsonObject Render(OutboundMessage message, string? status = null)
    {
        var body = new JsonArray();
        if (message.Title is { Length: > 0 } title)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = title, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true });
        }

        if (message.Text.Length > 0)
        {
            // A single line break inside a TextBlock is not shown by every Teams client; a blank line is.
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = message.Text.Replace("\n", "\n\n", StringComparison.Ordinal), ["wrap"] = true });
        }

        if (message.Facts.Count > 0)
        {
            body.Add(new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray([.. message.Facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Key, ["value"] = f.Value })]),
            });
        }

        if (status is not null)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = status, ["color"] = "Good", ["weight"] = "Bolder", ["wrap"] = true });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
        };
        if (message.Buttons.Count > 0)
        {
            card["actions"] = new JsonArray([.. message.Buttons.Select(b => (JsonNode)Button(b))]);
        }

        return card;
    }

    public static Attachment Attachment(OutboundMessage message, string? status = null) =>
        new() { ContentType = ContentType, Content = Render(message, status) };

    private static JsonObject Button(MessageButton button)
    {
        if (button.Url is { } url)
        {
            return new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = button.Label, ["url"] = url };
        }

        var data = new JsonObject { [ActionKey] = button.Action };
        return Actions.TryParseAcknowledge(button.Action, out _)
            ? new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = button.Label,
                ["verb"] = ExecuteVerb,
                ["data"] = data,
                ["fallback"] = new JsonObject { ["type"] = "Action.Submit", ["title"] = button.Label, ["data"] = data.DeepClone() },
            }
            : new JsonObject { ["type"] = "Action.Submit", ["title"] = button.Label, ["data"] = data };
    }
}
