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
        await using var app = StartOnLoopback(out var address, new Dictionary<string, string> { ["Filings:Review"] = "NoticeOnly" });

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
        await using var app = StartOnLoopback(out var address);
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

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_composer_stays_in_view_a_reload_asks_the_open_question_again_and_a_confirmed_notice_is_redrawn(int width, int height)
    {
        Prerequisites.RequireChromium();
        await using var app = StartOnLoopback(out var address);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var zhu = await db.Staff.Where(s => s.Name == "朱浩然").Select(s => s.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(new OutboxRequest(
                OutboxKinds.IntegrityMessage, "browser-confirm", new OutboundMessage("元旦将至，请严守廉洁纪律。", "元旦廉政提醒"), [zhu], ConfirmLabel: "已阅"),
                CancellationToken.None);
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        // The question asked again after choosing someone is slow to come: what he types meanwhile must still go.
        var resumes = 0;
        await page.RouteAsync("**/api/local/messages", async route =>
        {
            if (route.Request.Method == "POST" && route.Request.PostData?.Contains("\"resume\"", StringComparison.Ordinal) == true && ++resumes == 2)
            {
                await Task.Delay(1500);
            }

            await route.ContinueAsync();
        });
        await page.GotoAsync(address + "/chat");
        await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        await Expect(page.Locator("#trial")).ToContainTextAsync("开发试用工具");
        await Expect(page.Locator("link[rel=icon]")).ToHaveAttributeAsync("href", "/favicon.svg");
        Assert.Equal("image/svg+xml", (await page.APIRequest.GetAsync(address + "/favicon.svg")).Headers["content-type"]);
        await page.SelectOptionAsync("#user", new SelectOptionValue { Label = "朱浩然（财政审计股）" });
        await page.FillAsync("#input", "我的备案");
        await page.PressAsync("#input", "Enter");
        await Expect(page.Locator(".msg.user", new() { HasTextString = "我的备案" })).ToHaveCountAsync(1);
        await Expect(page.Locator(".msg.bot").Last).ToContainTextAsync("您还没有备案");

        // The notice, confirmed: drawn again with the time, without its button.
        var notice = page.Locator(".msg.pushed", new() { HasTextString = "元旦将至" });
        await notice.Locator("button.action", new() { HasTextString = "已阅" }).ClickAsync();
        await Expect(notice.Locator(".confirmed")).ToContainTextAsync("已确认 · ");
        await Expect(notice.Locator("button.action", new() { HasTextString = "已阅" })).ToHaveCountAsync(0);

        // A long conversation: the log scrolls, the page does not; the header and the composer stay in view.
        var lastBot = page.Locator(".msg.bot").Last;
        for (var i = 0; i < 6; i++)
        {
            await page.FillAsync("#input", "帮助");
            await page.PressAsync("#input", "Enter");
            await Expect(page.Locator(".msg.user")).ToHaveCountAsync(i + 3);
        }

        await page.FillAsync("#input", "备案");
        await page.PressAsync("#input", "Enter");
        await Expect(lastBot).ToContainTextAsync("请选择要备案的事项类别");
        await lastBot.Locator("button.action", new() { HasTextString = "婚嫁" }).ClickAsync();
        await Expect(lastBot).ToContainTextAsync("这是谁的事项");
        await AssertInViewAsync(page, height, longLog: true);

        // Reloaded: the open question is asked again, with its buttons; the confirmed notice is still drawn as confirmed.
        await page.ReloadAsync();
        await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        await Expect(lastBot).ToContainTextAsync("这是谁的事项");
        await Expect(notice.Locator(".confirmed")).ToContainTextAsync("已确认 · ");
        await Expect(notice.Locator("button.action", new() { HasTextString = "已阅" })).ToHaveCountAsync(0);
        await lastBot.Locator("button.action", new() { HasTextString = "子女" }).ClickAsync();
        await Expect(lastBot).ToContainTextAsync("婚嫁的日期是哪天");
        await AssertInViewAsync(page, height, longLog: false);
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task The_supervisors_grouped_menu_reaches_every_command_by_its_buttons(int width, int height)
    {
        Prerequisites.RequireChromium();
        await using var app = StartOnLoopback(out var address);
        List<string> expected;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var wang = await db.Staff.Include(s => s.Roles).SingleAsync(s => s.Name == "王秀兰");
            expected = [.. scope.ServiceProvider.GetRequiredService<Lianzheng.Dialogs.Routing.DialogCatalog>().AvailableTo(wang)
                .Where(d => d.InMenu || d.FirstInMenuFor(wang)).Select(d => d.Name)];
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await page.GotoAsync(address + "/chat");
        await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#user", new SelectOptionValue { Label = "王秀兰（办公室）" });
        // The newest menu page, not the newest message: a notice pushed to her meanwhile (she is the 廉政监督员) comes
        // after it in the log.
        var menus = new System.Text.RegularExpressions.Regex("请选择要办理的事项|更多事项（第");
        var lastBot = page.Locator(".msg.bot").Filter(new() { HasTextRegex = menus }).Last;
        await Expect(lastBot).ToContainTextAsync("请选择要办理的事项");

        var reached = new List<string>();
        for (var pageNumber = 0; pageNumber < 5; pageNumber++)
        {
            var labels = await lastBot.Locator("button.action").AllTextContentsAsync();
            Assert.InRange(labels.Count, 1, 6);
            reached.AddRange(labels.Where(l => l is not ("更多…" or "帮助" or "常用")));
            if (!labels.Contains("更多…"))
            {
                break;
            }

            await lastBot.Locator("button.action", new() { HasTextString = "更多…" }).ClickAsync();
            await Expect(lastBot).ToContainTextAsync($"更多事项（第 {pageNumber + 2} 页"); // the first menu is page 1
        }

        Assert.True(expected.Count >= 10, $"{expected.Count} commands");
        Assert.Equal(expected.Order(), reached.Order());
        await PageFit.AssertFitsWidthAsync(page, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height } });
    }

    /// <summary>The real host on 127.0.0.1 with a new database, and the address it listens on.</summary>
    private static BotApp StartOnLoopback(out string address, Dictionary<string, string>? settings = null)
    {
        var app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return app;
    }

    private static async Task AssertInViewAsync(IPage page, int height, bool longLog)
    {
        var header = (await page.Locator("header").BoundingBoxAsync())!;
        var composer = (await page.Locator("#composer").BoundingBoxAsync())!;
        Assert.Equal(0, header.Y);
        Assert.True(composer.Y + composer.Height <= height + 0.5, $"The composer ends at {composer.Y + composer.Height}, below the {height} px window.");
        Assert.True(composer.Y > header.Y + header.Height);
        // One scroller: the log. The page itself is exactly the window's height.
        Assert.True(await page.EvaluateAsync<bool>("() => document.scrollingElement.scrollHeight <= window.innerHeight + 1"));
        Assert.Equal(longLog, await page.EvaluateAsync<bool>("() => { const log = document.getElementById('log'); return log.scrollHeight > log.clientHeight; }"));
    }
}
