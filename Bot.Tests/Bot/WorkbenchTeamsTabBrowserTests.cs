using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lianzheng.Tests.Bot;

/// <summary>The 工作台 tab inside Teams, in a real browser (Debian's chromium): a fake Teams page on 127.0.0.1 frames the
/// tab of the real host at localhost (another site, as Teams's pages are to the bureau's), and answers TeamsJS in the
/// frame with a token of the fake Entra ID. The person is signed in without a click, works in the frame (a form with its
/// antiforgery token included) and signs out; the tab's session stays Teams's: the same browser, opening the workbench
/// itself, is not signed in.</summary>
public sealed class WorkbenchTeamsTabBrowserTests
{
    [Fact]
    public async Task Teams_signs_the_person_in_within_its_frame_and_the_session_stays_in_that_frame()
    {
        Prerequisites.RequireChromium();
        await using var teamsHost = await FakeTeamsHost.StartAsync();
        var (bureau, address) = await ServeAsync(teamsHost);
        await using var running = bureau;
        teamsHost.Token = () => bureau.Entra.TabToken(EntraBureau.ZhuObjectId, "zhu.haoran@tenant.example", FakeEntra.ClientId);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1366, Height = 768 } });
        var page = await context.NewPageAsync();
        var opened = System.Diagnostics.Stopwatch.StartNew();
        await page.GotoAsync(teamsHost.PageFor(address + "/workbench/teams"));
        var tab = page.FrameLocator("#tab");
        await Expect(tab.Locator("main")).ToContainTextAsync("朱浩然（");
        TestContext.Current.TestOutputHelper?.WriteLine($"signed in within the frame {opened.ElapsedMilliseconds} ms after opening the tab");
        Assert.Equal(["initialize", "authentication.getAuthToken"], teamsHost.Calls.Take(2));

        await tab.Locator("header nav a", new() { HasTextString = "我的记录" }).ClickAsync();
        await Expect(tab.Locator("h1")).ToContainTextAsync("我的记录");

        // Teams reopens the tab: the session is still open, so on to the workbench without asking Teams again.
        await page.ReloadAsync();
        await Expect(tab.Locator("main")).ToContainTextAsync("朱浩然（");
        Assert.Single(teamsHost.Calls, call => call == "authentication.getAuthToken");

        // Not signed in where the workbench is opened itself: the tab's cookie is kept for pages under Teams.
        var own = await context.NewPageAsync();
        await own.GotoAsync(address + "/workbench");
        await Expect(own).ToHaveURLAsync(address + "/workbench/login?ReturnUrl=%2Fworkbench");

        // A form in the frame: 退出登录 posts with its antiforgery token, whose cookie must be sent in the frame too.
        await tab.Locator("header form button", new() { HasTextString = "退出登录" }).ClickAsync();
        await Expect(tab.Locator("main")).ToContainTextAsync("您已退出工作台");
        await Expect(tab.Locator("#by-teams-tab a", new() { HasTextString = "以 Teams 账号登录" })).ToHaveCountAsync(1);
        await page.EvaluateAsync("address => document.getElementById('tab').src = address", address + "/workbench/me");
        await Expect(tab.Locator("h1")).ToHaveTextAsync("登录工作台"); // the session has ended
    }

    [Fact]
    public async Task When_Teams_gives_no_token_the_tab_says_so_in_chinese_and_opens_nothing()
    {
        Prerequisites.RequireChromium();
        await using var teamsHost = await FakeTeamsHost.StartAsync();
        var (bureau, address) = await ServeAsync(teamsHost);
        await using var running = bureau;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(teamsHost.PageFor(address + "/workbench/teams"));
        var tab = page.FrameLocator("#tab");
        await Expect(tab.Locator("#tab-failed")).ToContainTextAsync("Teams 未能提供您的登录凭据");
        await Expect(tab.Locator("#tab-failed")).ToContainTextAsync("resourceRequiresConsent");

        // A token Teams gives for someone the bureau does not know: the bot's own words.
        teamsHost.Token = () => bureau.Entra.TabToken(Guid.NewGuid().ToString(), "visitor@elsewhere.example", FakeEntra.ClientId);
        await page.ReloadAsync();
        await Expect(tab.Locator("#tab-refused")).ToContainTextAsync("没有与这个 Microsoft 账号关联的人员");

        // Opened outside Teams, the page says where it belongs.
        var alone = await browser.NewPageAsync();
        await alone.GotoAsync(address + "/workbench/teams");
        await Expect(alone.Locator("#tab-outside")).ToBeVisibleAsync();
        await alone.GotoAsync(address + "/workbench");
        await Expect(alone).ToHaveURLAsync(address + "/workbench/login?ReturnUrl=%2Fworkbench");
    }

    /// <summary>The bot at http://localhost:{port}, which the fake Teams page may frame.</summary>
    private static async Task<(EntraBureau Bureau, string Address)> ServeAsync(FakeTeamsHost teamsHost)
    {
        var port = LoopbackPort.Free();
        var address = $"http://localhost:{port}";
        var bureau = await EntraBureau.StartAsync(
            new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = address, ["Workbench:TeamsTab:HostOrigins:0"] = teamsHost.BaseUrl },
            app =>
            {
                app.UseKestrel(options => options.ListenLocalhost(port));
                app.StartServer();
            });
        return (bureau, address);
    }
}
