using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Tests.Bot;

/// <summary>The 工作台 as a Teams personal tab, through the real host with Teams and a fake Entra ID on 127.0.0.1: Teams
/// frames /workbench/teams, whose script posts the token Teams gives it (single sign-on) to /workbench/signin/teams; a
/// token of the bureau's tenant for this application, granting the tab's scope, opens the tab's session — a cookie for a
/// page another site frames — and anything else opens nothing.</summary>
public sealed class WorkbenchTeamsTabTests : IAsyncLifetime
{
    private const string Origin = EntraBureau.PublicBaseUrl;
    private EntraBureau _bureau = null!;

    public async ValueTask InitializeAsync() => _bureau = await EntraBureau.StartAsync();

    public async ValueTask DisposeAsync() => await _bureau.DisposeAsync();

    private string ZhuToken(int version = 2, string? audience = null, string scope = "access_as_user", DateTime? issuedAt = null,
        string client = FakeEntra.TeamsWebClientId) =>
        _bureau.Entra.TabToken(EntraBureau.ZhuObjectId, "zhu.haoran@tenant.example",
            audience ?? (version == 2 ? FakeEntra.ClientId : $"api://lianzheng.example.gov.cn/{FakeEntra.ClientId}"), version, scope, issuedAt, client);

    /// <summary>What the tab's script posts, from the page's own origin.</summary>
    private static async Task<HttpResponseMessage> PostTokenAsync(WorkbenchBrowser browser, string token, string? origin = Origin, string? site = "same-origin")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/workbench/signin/teams") { Content = JsonContent.Create(new { token }) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        return await browser.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static async Task AssertRefusedAsync(WorkbenchBrowser browser, HttpResponseMessage answer, HttpStatusCode status, string says)
    {
        Assert.Equal(status, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Set-Cookie"), "A refused sign-in set a cookie.");
        var body = JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!;
        Assert.Contains(says, body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Null(body["redirect"]);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/workbench")).Status);
    }

    [Fact]
    public async Task Teams_frames_the_tab_page_which_brings_its_own_script_and_nothing_from_elsewhere()
    {
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        using var page = await browser.GetResponseAsync("/workbench/teams");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'; connect-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://teams.cloud.microsoft", policy, StringComparison.Ordinal);
        Assert.Contains("https://teams.microsoftonline.cn", policy, StringComparison.Ordinal); // 21Vianet's Teams
        Assert.False(page.Headers.Contains("X-Frame-Options"), "X-Frame-Options DENY would keep Teams from framing the tab.");
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<script src=\"/workbench/assets/teams-js-2.58.0.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/workbench/assets/teams-tab.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("正在以您的 Teams 账号登录工作台", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);

        // The other pages may be framed by Teams too (the tab goes on to them), by nobody else, and hold no script.
        using var login = await browser.GetResponseAsync("/workbench/login");
        var pages = login.Headers.GetValues("Content-Security-Policy").Single();
        Assert.DoesNotContain("script-src", pages, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors https://teams.microsoft.com", pages, StringComparison.Ordinal);

        var (status, type, _, teamsJs) = await browser.DownloadAsync("/workbench/assets/teams-js-2.58.0.min.js");
        Assert.Equal((HttpStatusCode.OK, "text/javascript"), (status, type));
        Assert.Equal("1737AE2E319C8AB56D71", Convert.ToHexString(SHA256.HashData(teamsJs))[..20]); // npm @microsoft/teams-js 2.58.0, as published
        using var tabScript = await browser.GetResponseAsync("/workbench/assets/teams-tab.js");
        Assert.Equal(HttpStatusCode.OK, tabScript.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/workbench/assets/other.js")).Status);
    }

    [Fact]
    public async Task The_token_Teams_gives_the_tab_opens_a_session_in_a_cookie_kept_for_pages_Teams_frames()
    {
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        using (var answer = await PostTokenAsync(browser, ZhuToken()))
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("/workbench", JsonNode.Parse(await answer.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))!["redirect"]!.GetValue<string>());
            var cookie = Assert.Single(answer.Headers.GetValues("Set-Cookie"));
            Assert.StartsWith("lianzheng.workbench.tab=", cookie, StringComparison.Ordinal);
            foreach (var attribute in new[] { "path=/workbench", "secure", "samesite=none", "httponly", "partitioned" })
            {
                Assert.Contains(attribute, cookie.Split("; ").Select(a => a.ToLowerInvariant()));
            }
        }

        // The forms work in the frame: the antiforgery cookie is sent there too.
        using (var page = await browser.GetResponseAsync("/workbench"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("朱浩然（", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
            var antiforgery = Assert.Single(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ToLowerInvariant();
            Assert.Contains("samesite=none", antiforgery, StringComparison.Ordinal);
            Assert.Contains("partitioned", antiforgery, StringComparison.Ordinal);
            Assert.Contains("secure", antiforgery, StringComparison.Ordinal);
        }

        // Teams reopens the tab with the session still open: straight on, without asking Teams again.
        var (reopened, onTo, _) = await browser.GetAsync("/workbench/teams");
        Assert.Equal((HttpStatusCode.Redirect, "/workbench"), (reopened, onTo));

        using (var framed = await browser.GetResponseAsync("/workbench/me"))
        {
            // A page with a form (退出登录) is framed by Teams too: no X-Frame-Options (antiforgery's SAMEORIGIN included).
            Assert.Contains("<form method=\"post\" action=\"/workbench/signout\">", await framed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
                StringComparison.Ordinal);
            Assert.False(framed.Headers.Contains("X-Frame-Options"), "X-Frame-Options keeps Teams from framing a page with a form.");
        }

        await browser.GetAsync("/workbench/me");
        var (signedOut, location, _) = await browser.PostAsync("/workbench/signout", []);
        Assert.Equal((HttpStatusCode.Redirect, "/workbench/login?signedout=1"), (signedOut, location));
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/workbench")).Status);
    }

    [Fact]
    public async Task A_v1_token_for_the_application_id_uri_is_taken_as_well()
    {
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        using var answer = await PostTokenAsync(browser, ZhuToken(version: 1));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("朱浩然（", (await browser.GetAsync("/workbench")).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("another application", "audience")]
    [InlineData("no scope for the tab", "scope")]
    [InlineData("expired", "expired")]
    [InlineData("signed by another key", "key")]
    [InlineData("from another tenant", "issuer")]
    [InlineData("not a token", "garbage")]
    [InlineData("three parts, none of them a token", "parts")]
    [InlineData("unsigned (alg none)", "unsigned")]
    [InlineData("asked for by an application that is not a Teams client", "client")]
    [InlineData("an audience of another host's URI", "uri")]
    [InlineData("a v1.0 token of another tenant", "v1 issuer")]
    public async Task A_token_that_is_not_the_tenants_for_this_application_opens_nothing(string _, string what)
    {
        var token = what switch
        {
            "audience" => ZhuToken(audience: "11111111-2222-3333-4444-555555555555"),
            "scope" => ZhuToken(scope: "User.Read"),
            "expired" => ZhuToken(issuedAt: TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-2)),
            "key" => Signed(_bureau.Entra.Authority, new RsaSecurityKey(RSA.Create(2048)) { KeyId = "workbench-test-key" }), // not the tenant's
            "issuer" => Signed("https://login.microsoftonline.com/99999999-8888-7777-6666-555555555555/v2.0", _bureau.Key), // another tenant
            "parts" => "a.b.c",
            "unsigned" => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
            {
                Issuer = _bureau.Entra.Authority, Audience = FakeEntra.ClientId, Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(1),
                Subject = new ClaimsIdentity([new Claim("oid", EntraBureau.ZhuObjectId), new Claim("scp", "access_as_user"), new Claim("azp", FakeEntra.TeamsWebClientId)]),
            }),
            "client" => ZhuToken(client: "deadbeef-0000-4000-8000-000000000001"),
            "uri" => ZhuToken(version: 1, audience: $"api://elsewhere.example/{FakeEntra.ClientId}"),
            "v1 issuer" => Signed("https://sts.windows.net/99999999-8888-7777-6666-555555555555/", _bureau.Key),
            _ => "eyJhbGciOi.not-a-token",
        };
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        using var answer = await PostTokenAsync(browser, token);
        await AssertRefusedAsync(browser, answer, HttpStatusCode.Unauthorized, "Teams 提供的登录凭据无效或已过期");
    }

    [Fact]
    public async Task When_Entra_IDs_documents_cannot_be_read_the_tab_is_told_to_try_again_later()
    {
        await _bureau.Entra.DisposeAsync(); // before the bot ever read them
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        using var answer = await PostTokenAsync(browser, ZhuToken());
        await AssertRefusedAsync(browser, answer, HttpStatusCode.ServiceUnavailable, "暂时无法连接 Microsoft 登录服务");
    }

    [Fact]
    public async Task An_account_matching_nobody_is_refused_in_chinese()
    {
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        var token = _bureau.Entra.TabToken(Guid.NewGuid().ToString(), "visitor@elsewhere.example", FakeEntra.ClientId);
        using var answer = await PostTokenAsync(browser, token);
        await AssertRefusedAsync(browser, answer, HttpStatusCode.Forbidden, "没有与这个 Microsoft 账号关联的人员");
    }

    [Fact]
    public async Task A_token_posted_by_another_site_or_as_a_form_opens_nothing()
    {
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        using (var foreign = await PostTokenAsync(browser, ZhuToken(), origin: "https://evil.example"))
        {
            await AssertRefusedAsync(browser, foreign, HttpStatusCode.Forbidden, "不是从工作台的页面发出的");
        }

        using (var crossSite = await PostTokenAsync(browser, ZhuToken(), site: "cross-site"))
        {
            await AssertRefusedAsync(browser, crossSite, HttpStatusCode.Forbidden, "不是从工作台的页面发出的");
        }

        using (var sameSite = await PostTokenAsync(browser, ZhuToken(), site: "same-site"))
        {
            await AssertRefusedAsync(browser, sameSite, HttpStatusCode.Forbidden, "不是从工作台的页面发出的");
        }

        using (var noOrigin = await PostTokenAsync(browser, ZhuToken(), origin: null, site: null))
        {
            await AssertRefusedAsync(browser, noOrigin, HttpStatusCode.Forbidden, "不是从工作台的页面发出的");
        }

        using var form = new HttpRequestMessage(HttpMethod.Post, "/workbench/signin/teams")
        {
            Content = new FormUrlEncodedContent([new("token", ZhuToken())]),
        };
        form.Headers.Add("Origin", Origin);
        using var posted = await browser.Client.SendAsync(form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, posted.StatusCode);
        Assert.False(posted.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task In_the_frame_an_ended_session_signs_in_with_Teams_again_and_the_login_page_offers_that_way()
    {
        var browser = WorkbenchBrowser.Anonymous(_bureau.App);
        browser.Client.DefaultRequestHeaders.Add("Cookie", "lianzheng.workbench.tab=ended");
        var (status, location, _) = await browser.GetAsync("/workbench/filings");
        Assert.Equal(HttpStatusCode.Redirect, status);
        Assert.StartsWith("/workbench/teams?ReturnUrl=", location, StringComparison.Ordinal);

        var framed = WorkbenchBrowser.Anonymous(_bureau.App);
        framed.Client.DefaultRequestHeaders.Add("Sec-Fetch-Dest", "iframe");
        var login = (await framed.GetAsync("/workbench/login")).Body;
        Assert.Contains("href=\"/workbench/teams\"", login, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/workbench/signin/entra\"", login, StringComparison.Ordinal); // Entra ID's pages refuse frames
        var top = (await WorkbenchBrowser.Anonymous(_bureau.App).GetAsync("/workbench/login")).Body;
        Assert.Contains("href=\"/workbench/signin/entra\"", top, StringComparison.Ordinal);
        Assert.Contains("“工作台”标签页", top, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_Teams_there_is_no_tab_and_no_page_may_be_framed()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath());
        var browser = WorkbenchBrowser.Anonymous(app);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/workbench/teams")).Status);
        using (var answer = await PostTokenAsync(browser, ZhuToken()))
        {
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }

        using var login = await browser.GetResponseAsync("/workbench/login");
        Assert.EndsWith("frame-ancestors 'none'", login.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", login.Headers.GetValues("X-Frame-Options").Single());
        Assert.DoesNotContain("by-teams-tab", await login.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("teams.microsoft.com")]
    [InlineData("https://teams.microsoft.com/")]
    [InlineData("http://teams.example.com")]
    [InlineData("https://teams.microsoft.com; script-src *")]
    [InlineData("https://*.com")]
    public async Task A_host_origin_that_is_not_an_https_origin_is_refused_at_start(string origin)
    {
        var settings = _bureau.Teams.BotSettings();
        settings["Workbench:TeamsTab:HostOrigins:0"] = origin;
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        var refused = Assert.ThrowsAny<Microsoft.Extensions.Options.OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Workbench:TeamsTab:HostOrigins must be origins such as https://teams.microsoft.com", refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A token for Zhu and this application with the tab's scope, but made here: by <paramref name="issuer"/>,
    /// signed with <paramref name="key"/>.</summary>
    private static string Signed(string issuer, SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = issuer,
        Audience = FakeEntra.ClientId,
        Expires = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(1),
        Subject = new ClaimsIdentity([new Claim("oid", EntraBureau.ZhuObjectId), new Claim("scp", "access_as_user"), new Claim("azp", FakeEntra.TeamsWebClientId)]),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });
}
