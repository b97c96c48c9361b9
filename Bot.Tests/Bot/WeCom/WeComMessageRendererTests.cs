using System.Text;
using System.Text.Json.Nodes;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Tests.Bot.WeCom;

/// <summary>message/send bodies: a link is a button of type 1 (opens its url) in the button_interaction card; a text
/// message keeps the address whole.</summary>
public sealed class WeComMessageRendererTests
{
    private const string Url = "https://lianzheng.example/audit-notices/abc";

    [Fact]
    public void A_link_is_a_url_button_beside_the_callback_buttons_which_keep_their_keys()
    {
        var message = new OutboundMessage("请阅读通知。", "通知", Buttons:
        [
            new MessageButton("收到", Actions.Acknowledge(7)),
            MessageButton.Link("打开通知", Url),
        ]);

        var body = WeComMessageRenderer.Render(message, "lz-1");

        Assert.Equal("template_card", body["msgtype"]!.GetValue<string>());
        var card = body["template_card"]!;
        Assert.Equal("button_interaction", card["card_type"]!.GetValue<string>());
        var buttons = card["button_list"]!.AsArray();
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["text"] = "收到", ["style"] = 1, ["key"] = Actions.Acknowledge(7) }, buttons[0]));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["type"] = 1, ["text"] = "打开通知", ["style"] = 2, ["url"] = Url }, buttons[1]));
    }

    [Fact]
    public void A_message_whose_only_buttons_are_links_is_still_a_card_of_url_buttons_with_no_key()
    {
        var message = new OutboundMessage("第一行\n第二行", Buttons: [MessageButton.Link("甲", Url), MessageButton.Link("乙", Url + "?b")]);

        var card = WeComMessageRenderer.Render(message, "lz-2")["template_card"]!;

        Assert.Equal("第一行", card["main_title"]!["title"]!.GetValue<string>());
        Assert.Equal("第二行", card["sub_title_text"]!.GetValue<string>());
        Assert.All(card["button_list"]!.AsArray(), b =>
        {
            Assert.Equal(1, b!["type"]!.GetValue<int>());
            Assert.Null(b["key"]);
        });
        Assert.Equal([Url, Url + "?b"], card["button_list"]!.AsArray().Select(b => b!["url"]!.GetValue<string>()));
    }

    [Fact]
    public void The_plain_text_form_shows_each_link_with_its_address_and_keeps_it_whole_when_the_words_are_cut()
    {
        var message = new OutboundMessage(new string('廉', 2000), "通知", Buttons: [new MessageButton("收到", "ack:1"), MessageButton.Link("打开通知", Url)]);

        Assert.EndsWith("\n打开通知：" + Url, WeComMessageRenderer.PlainText(message), StringComparison.Ordinal);
        var content = WeComMessageRenderer.TextMessage(message)["text"]!["content"]!.GetValue<string>();
        Assert.True(Encoding.UTF8.GetByteCount(content) <= 2048);
        Assert.Contains(WeComTexts.Truncated, content, StringComparison.Ordinal);
        Assert.EndsWith("\n打开通知：" + Url, content, StringComparison.Ordinal);
        Assert.DoesNotContain("收到", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_without_buttons_is_still_a_text_message_cut_to_2048_bytes()
    {
        var body = WeComMessageRenderer.Render(new OutboundMessage(new string('廉', 1000)), "lz-3");

        Assert.Equal("text", body["msgtype"]!.GetValue<string>());
        var content = body["text"]!["content"]!.GetValue<string>();
        Assert.True(Encoding.UTF8.GetByteCount(content) <= 2048);
        Assert.EndsWith(WeComTexts.Truncated, content, StringComparison.Ordinal);
    }
}
