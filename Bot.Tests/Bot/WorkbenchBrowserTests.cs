using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Lianzheng.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lianzheng.Tests.Bot;

/// <summary>From the local chat to the 工作台 in a real browser (Debian's chromium) on a 390 px phone screen, against the real
/// host on 127.0.0.1: the supervisor types 工作台, follows the link, filters the register and opens a filing; a leader who
/// does not oversee the filer's section sees none of it.</summary>
public sealed class WorkbenchBrowserTests
{
    [Fact]
    public async Task The_supervisor_goes_from_chat_to_a_filing_and_a_leader_of_other_sections_sees_nothing_of_it()
    {
        Prerequisites.RequireChromium();
        var port = FreePort();
        var address = $"http://127.0.0.1:{port}";
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = address });
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        app.StartServer();
        var filing = await AuditScenario.FileWeddingAsync(app.Services, "workbench-browser");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var phone = new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };

        async Task<IPage> SignedInAsync(string user)
        {
            var context = await browser.NewContextAsync(phone);
            var page = await context.NewPageAsync();
            await page.GotoAsync(address + "/chat");
            await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
            await page.SelectOptionAsync("#user", new SelectOptionValue { Label = user });
            await page.FillAsync("#input", "工作台");
            await page.PressAsync("#input", "Enter");
            var link = page.Locator(".msg.bot").Last.Locator("a.link", new() { HasTextString = "打开工作台" });
            await Expect(link).ToHaveCountAsync(1);
            var href = await link.GetAttributeAsync("href");
            Assert.StartsWith(address + "/workbench/signin?ticket=", href, StringComparison.Ordinal);
            await page.GotoAsync(href!);
            await Expect(page.Locator("h1")).ToHaveTextAsync("登录工作台");
            await page.Locator("main button", new() { HasTextString = "登录" }).ClickAsync();
            await page.WaitForURLAsync(address + "/workbench");
            Assert.EndsWith("/workbench", page.Url, StringComparison.Ordinal);
            return page;
        }

        var wang = await SignedInAsync("王秀兰（办公室）");
        await Expect(wang.Locator("main")).ToContainTextAsync("查看范围：全局");
        await wang.Locator("header nav a", new() { HasTextString = "备案台账" }).ClickAsync();
        await wang.SelectOptionAsync("select[name=year]", filing.EventDate.Year.ToString(CultureInfo.InvariantCulture));
        await wang.SelectOptionAsync("select[name=kind]", new SelectOptionValue { Label = "婚嫁" });
        await wang.Locator("form.filters button").ClickAsync();
        await Expect(wang.Locator("main")).ToContainTextAsync("共 1 件");
        await wang.Locator($"a[href='/workbench/filings/{filing.Id}']").ClickAsync();
        await Expect(wang.Locator("main")).ToContainTextAsync("县城国际大酒店");
        Assert.True(await wang.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 390, "the filing page scrolls sideways at 390 px");

        var zheng = await SignedInAsync("郑立新（办公室）");
        await Expect(zheng.Locator("main")).ToContainTextAsync("查看范围：分管股室人员");
        await zheng.GotoAsync($"{address}/workbench/filings?year={filing.EventDate.Year}");
        await Expect(zheng.Locator("main")).ToContainTextAsync("共 0 件");
        var response = await zheng.GotoAsync($"{address}/workbench/filings/{filing.Id}");
        Assert.Equal(404, response!.Status);
        await Expect(zheng.Locator("main")).ToContainTextAsync("没有这条记录，或不在您的查看范围内");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
