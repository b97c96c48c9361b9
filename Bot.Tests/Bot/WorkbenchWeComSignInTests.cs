using System.Net;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot;

/// <summary>Signing in to the 工作台 with WeCom, through the real host and a fake WeCom on 127.0.0.1: 网页授权 inside
/// WeCom's app, 扫码登录 on a desktop; the browser leaves with a state of its own and comes back with a code, which
/// auth/getuserinfo turns into the userid of a linked person. A foreign state, an unknown userid and WeCom's error are
/// refused in Chinese.</summary>
public sealed class WorkbenchWeComSignInTests : IAsyncLifetime
{
    private const string PublicBaseUrl = "https://lianzheng.example.gov.cn";
    private const string InWeCom =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 wxwork/4.1.22 MicroMessenger/7.0.1";
    private const string Desktop = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    private FakeWeCom _fake = null!;
    private BotApp _app = null!;
    private readonly HttpClient _wecomSide = new(new SocketsHttpHandler { AllowAutoRedirect = false });

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeWeCom.StartAsync();
        var settings = _fake.BotSettings();
        settings["Bureau:PublicBaseUrl"] = PublicBaseUrl;
        _app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var zhu = await db.Staff.SingleAsync(s => s.EmployeeNo == "A013"); // 朱浩然
        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = zhu.Id, Channel = Channels.WeCom, ChannelUserId = "ZhuHaoran" });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _wecomSide.Dispose();
        await _app.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private WorkbenchBrowser Browser(string userAgent) => WorkbenchBrowser.Anonymous(_app, userAgent);

    /// <summary>The browser leaves for WeCom by <paramref name="start"/>; the address WeCom sends it back to (the bot's callback).</summary>
    private async Task<Uri> ThroughWeComAsync(WorkbenchBrowser browser, string start, string expectedPrefix)
    {
        using var leave = await browser.GetResponseAsync(start);
        Assert.Equal(HttpStatusCode.Redirect, leave.StatusCode);
        var toWeCom = leave.Headers.Location!.OriginalString;
        Assert.StartsWith(expectedPrefix, toWeCom, StringComparison.Ordinal);
        var stateCookie = Assert.Single(leave.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", stateCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", stateCookie, StringComparison.OrdinalIgnoreCase);

        using var back = await _wecomSide.GetAsync(new Uri(toWeCom), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.Equal(PublicBaseUrl + "/workbench/signin/wecom/callback", callback.GetLeftPart(UriPartial.Path));
        return callback;
    }

    [Fact]
    public async Task Inside_WeCom_the_login_page_offers_its_sign_in_and_the_round_trip_signs_in_the_linked_person()
    {
        var browser = Browser(InWeCom);
        var login = (await browser.GetAsync("/workbench/login")).Body;
        Assert.Contains("href=\"/workbench/signin/wecom\"", login, StringComparison.Ordinal);
        Assert.Contains("企业微信登录", login, StringComparison.Ordinal);
        Assert.DoesNotContain("/workbench/signin/wecom/qr", login, StringComparison.Ordinal);
        Assert.Contains("在企业微信中向廉政助手发送“工作台”", login, StringComparison.Ordinal);

        _fake.SignedInMember = "ZhuHaoran";
        var callback = await ThroughWeComAsync(browser, "/workbench/signin/wecom", _fake.BaseUrl + "/connect/oauth2/authorize?appid=ww-fake-bureau&redirect_uri="
            + Uri.EscapeDataString(PublicBaseUrl + "/workbench/signin/wecom/callback") + "&response_type=code&scope=snsapi_base&state=");
        var (status, location, _) = await browser.GetAsync(callback.PathAndQuery);
        Assert.Equal((HttpStatusCode.Redirect, "/workbench"), (status, location));
        var overview = await browser.GetAsync("/workbench");
        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Contains("朱浩然（", overview.Body, StringComparison.Ordinal);

        var request = Assert.Single(_fake.SignInRequests);
        Assert.Equal("1000002", request["agentid"]);
        Assert.Equal(QueryHelpers.ParseQuery(callback.Query)["state"], request["state"]);

        // The state was good once: the same return again is refused.
        Assert.Equal("/workbench/login?refused=statemismatch", (await browser.GetAsync(callback.PathAndQuery)).Location);
        // The code was good once: brought back with a fresh state of this browser's, WeCom refuses it.
        var again = QueryHelpers.ParseQuery((await ThroughWeComAsync(browser, "/workbench/signin/wecom", _fake.BaseUrl)).Query);
        var spent = QueryHelpers.ParseQuery(callback.Query)["code"].ToString();
        Assert.Equal("/workbench/login?refused=wecomfailed", (await browser.GetAsync($"/workbench/signin/wecom/callback?code={spent}&state={again["state"]}")).Location);
    }

    [Fact]
    public async Task On_a_desktop_the_login_page_offers_the_QR_code_login_which_returns_to_the_same_callback()
    {
        var browser = Browser(Desktop);
        var login = (await browser.GetAsync("/workbench/login")).Body;
        Assert.Contains("href=\"/workbench/signin/wecom/qr\"", login, StringComparison.Ordinal);
        Assert.Contains("企业微信扫码登录", login, StringComparison.Ordinal);

        _fake.SignedInMember = "ZhuHaoran";
        var callback = await ThroughWeComAsync(browser, "/workbench/signin/wecom/qr", _fake.BaseUrl
            + "/wwlogin/sso/login?login_type=CorpApp&appid=ww-fake-bureau&agentid=1000002&redirect_uri="
            + Uri.EscapeDataString(PublicBaseUrl + "/workbench/signin/wecom/callback") + "&state=");
        Assert.Equal("/workbench", (await browser.GetAsync(callback.PathAndQuery)).Location);
        Assert.Contains("朱浩然（", (await browser.GetAsync("/workbench")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_whose_state_is_not_this_browsers_is_refused()
    {
        _fake.SignedInMember = "ZhuHaoran";
        var victim = Browser(InWeCom);
        var callback = await ThroughWeComAsync(victim, "/workbench/signin/wecom", _fake.BaseUrl);

        // Another browser, which never left for WeCom, is handed the return (login CSRF): it has no state cookie.
        var attacker = Browser(InWeCom);
        Assert.Equal("/workbench/login?refused=statemismatch", (await attacker.GetAsync(callback.PathAndQuery)).Location);
        Assert.Equal(HttpStatusCode.Redirect, (await attacker.GetAsync("/workbench")).Status);

        // The browser that left, with a state changed on the way.
        var tampered = callback.PathAndQuery.Replace("state=", "state=x", StringComparison.Ordinal);
        await victim.AssertRefusedAsync(tampered, "statemismatch", "登录请求已失效或不是从本浏览器发起的");
    }

    [Fact]
    public async Task A_WeCom_user_linked_to_nobody_is_refused()
    {
        _fake.SignedInMember = "stranger";
        var browser = Browser(InWeCom);
        var callback = await ThroughWeComAsync(browser, "/workbench/signin/wecom", _fake.BaseUrl);
        await browser.AssertRefusedAsync(callback.PathAndQuery, "wecomunknown", "没有与这个企业微信账号关联的人员");
    }

    [Fact]
    public async Task An_error_from_WeCom_is_refused()
    {
        _fake.SignedInMember = "ZhuHaoran";
        var browser = Browser(Desktop);
        var callback = await ThroughWeComAsync(browser, "/workbench/signin/wecom/qr", _fake.BaseUrl);
        var forged = callback.PathAndQuery.Replace("code=", "code=forged", StringComparison.Ordinal); // WeCom answers 40029
        await browser.AssertRefusedAsync(forged, "wecomfailed", "企业微信登录失败");
    }
}
