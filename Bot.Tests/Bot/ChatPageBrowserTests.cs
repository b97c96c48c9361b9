using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lianzheng.Tests.Bot;

/// <summary>The /chat page in a real browser (Debian's chromium driven by Playwright) against the real host on 127.0.0.1.</summary>
public sealed class ChatPageBrowserTests
{
    [Fact]
    public async Task A_wedding_is_filed_in_the_browser_and_the_leader_confirms_the_notice()
    {
        Prerequisites.RequireChromium();
        // The leader confirming a notice is the notice-and-confirm of Filings:Review = NoticeOnly.
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string> { ["Filings:Review"] = "NoticeOnly" });
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address + "/chat");
        await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#user", new SelectOptionValue { Label = "朱浩然（财政审计股）" });

        var lastBot = page.Locator(".msg.bot").Last;
        async Task Say(string text, string expected)
        {
            await page.FillAsync("#input", text);
            await page.PressAsync("#input", "Enter");
            await Expect(lastBot).ToContainTextAsync(expected);
        }

        async Task Click(string label, string expected)
        {
            await lastBot.Locator("button.action", new() { HasTextString = label }).First.ClickAsync();
            await Expect(lastBot).ToContainTextAsync(expected);
        }

        await Say("备案", "请选择要备案的事项类别");
        await Click("婚嫁", "这是谁的事项");
        await Say("本人", "婚嫁的日期"); // seven subjects: listed, answered by typing
        await Say("昨天", "日期不能早于");
        await Say("下周六", "在什么地点");
        await Say("县城国际大酒店", "预计办多少桌");
        await Say("10", "预计参加多少人");
        await Say("100", "是否与对方家庭同城合办");
        await Click("否", "多少辆车");
        await Say("0", "是否邀请管理服务对象");
        await Click("否", "是否邀请下属");
        await Click("否", "请核对以下备案内容");
        await Expect(lastBot.Locator("table.facts")).ToContainTextAsync("县城国际大酒店");
        await Click("确认提交", "备案成功");

        await page.SelectOptionAsync("#user", new SelectOptionValue { Label = "吴海燕（办公室）" });
        var notice = page.Locator(".msg.pushed").Last;
        await Expect(notice).ToContainTextAsync("财政审计股 朱浩然 报备了个人事项（婚嫁）");
        await notice.Locator("button.action", new() { HasTextString = "已阅" }).ClickAsync();
        await Expect(lastBot).ToContainTextAsync("已确认，谢谢！");
    }

    [Fact]
    public async Task A_pushed_link_is_an_anchor_that_opens_a_new_tab_and_a_script_address_is_not_rendered()
    {
        Prerequisites.RequireChromium();
        const string url = "https://lianzheng.example/audit-notices/abc";
        await using var app = new BotApp(BotApp.NewDatabasePath());
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var zhu = await db.Staff.Where(s => s.Name == "朱浩然").Select(s => s.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(new OutboxRequest(
                OutboxKinds.IntegrityMessage,
                "browser-link",
                new OutboundMessage("请阅读通知。", "通知", Buttons:
                    // A script address cannot be made with Link (it refuses one); a row written otherwise must still not run.
                    [MessageButton.Link("打开通知", url), new MessageButton("脚本", "", "javascript:alert(1)"), new MessageButton("查看全文", "start:notice:1")]),
                [zhu]), CancellationToken.None);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(address + "/chat");
        await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#user", new SelectOptionValue { Label = "朱浩然（财政审计股）" });

        var notice = page.Locator(".msg.pushed").Last;
        await Expect(notice).ToContainTextAsync("请阅读通知。");
        var link = notice.Locator("a.action.link");
        await Expect(link).ToHaveCountAsync(1);
        await Expect(link).ToHaveTextAsync("打开通知");
        await Expect(link).ToHaveAttributeAsync("href", url);
        await Expect(link).ToHaveAttributeAsync("target", "_blank");
        await Expect(link).ToHaveAttributeAsync("rel", "noopener");
        await Expect(notice.Locator("button.action", new() { HasTextString = "查看全文" })).ToHaveCountAsync(1);
        await Expect(notice).Not.ToContainTextAsync("脚本");
    }
}
