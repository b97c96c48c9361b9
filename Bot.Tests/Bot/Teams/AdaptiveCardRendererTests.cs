using System.Text.Json.Nodes;
using Lianzheng.Bot.Teams;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Tests.Bot.Teams;

/// <summary>The Adaptive Card of a message: each kind of button as its own action type.</summary>
public sealed class AdaptiveCardRendererTests
{
    private const string Url = "https://lianzheng.example/audit-notices/abc";

    [Fact]
    public void A_link_is_an_open_url_action_without_data_and_the_other_buttons_stay_submit_and_execute()
    {
        var message = new OutboundMessage("请阅读通知。", "通知", Buttons:
        [
            new MessageButton("收到", Actions.Acknowledge(7)),
            MessageButton.Link("打开通知", Url),
            new MessageButton("查看全文", Actions.Start("notice", "1")),
        ]);

        var actions = AdaptiveCardRenderer.Render(message)["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();

        Assert.Equal(["Action.Execute", "Action.OpenUrl", "Action.Submit"], actions.Select(a => a["type"]!.GetValue<string>()));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "打开通知", ["url"] = Url }, actions[1]));
        Assert.Equal(Actions.Acknowledge(7), actions[0]["data"]!["action"]!.GetValue<string>());
        Assert.Equal("Action.Submit", actions[0]["fallback"]!["type"]!.GetValue<string>());
        Assert.Equal(Actions.Start("notice", "1"), actions[2]["data"]!["action"]!.GetValue<string>());
    }

    [Fact]
    public void A_card_of_links_only_opens_each_address_and_keeps_them_after_it_is_confirmed()
    {
        var message = new OutboundMessage("两个链接", Buttons: [MessageButton.Link("甲", Url), MessageButton.Link("乙", Url + "?b")]);

        var card = AdaptiveCardRenderer.Render(message, "已确认");

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.All(card["actions"]!.AsArray(), a => Assert.Equal("Action.OpenUrl", a!["type"]!.GetValue<string>()));
        Assert.Equal([Url, Url + "?b"], card["actions"]!.AsArray().Select(a => a!["url"]!.GetValue<string>()));
        Assert.DoesNotContain("data", card.ToJsonString(), StringComparison.Ordinal);
    }
}
