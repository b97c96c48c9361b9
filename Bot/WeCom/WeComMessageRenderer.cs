using System.Text;
using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.WeCom;

/// <summary>Renders a channel-neutral message for message/send: a message with buttons becomes a template_card of type
/// button_interaction (each button's key is our action payload, returned to us in template_card_event; a link is a button
/// of type 1 that opens its url in the client and calls nothing back), any other a text message. WeCom's limits are
/// kept: text at most 2048 bytes, six facts, six buttons.</summary>
public static class WeComMessageRenderer
{
    private const int MaxTextBytes = 2048;
    private const int MaxCardTextBytes = 1024;

    public static JsonObject Render(OutboundMessage message, string taskId)
    {
        if (message.Buttons.Count == 0)
        {
            return TextMessage(message);
        }

        var card = new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["source"] = new JsonObject { ["desc"] = WeComTexts.CardSource },
            ["main_title"] = new JsonObject { ["title"] = Truncate(message.Title ?? FirstLine(message.Text), 108) },
            ["task_id"] = taskId,
            ["button_list"] = new JsonArray([.. message.Buttons.Select((b, i) => (JsonNode)Button(b, i == 0 ? 1 : 2))]),
        };
        var body = message.Title is null ? RestAfterFirstLine(message.Text) : message.Text;
        if (!string.IsNullOrWhiteSpace(body))
        {
            card["sub_title_text"] = Truncate(body, MaxCardTextBytes);
        }

        if (message.Facts.Count > 0)
        {
            card["horizontal_content_list"] = new JsonArray([.. message.Facts.Take(6).Select(f => (JsonNode)new JsonObject
            {
                ["keyname"] = f.Key,
                ["value"] = Truncate(f.Value, 120),
            })]);
        }

        return new JsonObject { ["msgtype"] = "template_card", ["template_card"] = card };
    }

    /// <summary>The message as a text message, at most 2048 bytes: the links (label：url) come whole after the words, which
    /// are cut first, so that a client without the card still has the address.</summary>
    public static JsonObject TextMessage(OutboundMessage message)
    {
        var links = LinkLines(message);
        var budget = MaxTextBytes - Encoding.UTF8.GetByteCount(links);
        var content = budget > MaxTextBytes / 2 ? Truncate(Words(message), budget) + links : Truncate(Words(message) + links, MaxTextBytes);
        return new JsonObject { ["msgtype"] = "text", ["text"] = new JsonObject { ["content"] = content } };
    }

    /// <summary>Title, text, facts and links (label：url, for a client that shows no card) as plain lines.</summary>
    public static string PlainText(OutboundMessage message) => Words(message) + LinkLines(message);

    /// <summary>Cuts text to at most <paramref name="maxBytes"/> UTF-8 bytes, never inside a character, and says so.</summary>
    public static string Truncate(string text, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return text;
        }

        var budget = maxBytes - Encoding.UTF8.GetByteCount(WeComTexts.Truncated);
        var cut = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            cut.Append(rune.ToString());
            used += rune.Utf8SequenceLength;
        }

        return cut.Append(WeComTexts.Truncated).ToString();
    }

    private static string LinkLines(OutboundMessage message)
    {
        var text = new StringBuilder();
        foreach (var button in message.Buttons)
        {
            if (button.Url is { } url)
            {
                text.Append('\n').Append(button.Label).Append('：').Append(url);
            }
        }

        return text.ToString();
    }

    private static string Words(OutboundMessage message)
    {
        var text = new StringBuilder();
        if (message.Title is not null)
        {
            text.Append('【').Append(message.Title).Append("】\n");
        }

        text.Append(message.Text);
        foreach (var fact in message.Facts)
        {
            text.Append('\n').Append(fact.Key).Append('：').Append(fact.Value);
        }

        return text.ToString();
    }

    /// <summary>A button_list entry: type 0 (callback, the default) with our action as key, or type 1 with the url.</summary>
    private static JsonObject Button(MessageButton button, int style) => button.Url is { } url
        ? new JsonObject { ["type"] = 1, ["text"] = button.Label, ["style"] = style, ["url"] = url }
        : new JsonObject { ["text"] = button.Label, ["style"] = style, ["key"] = button.Action };

    private static string FirstLine(string text) => text.Split('\n', 2)[0];

    private static string RestAfterFirstLine(string text) => text.Split('\n', 2) is [_, var rest] ? rest : "";
}
