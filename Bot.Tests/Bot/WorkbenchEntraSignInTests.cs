using System.Net;
using System.Security.Cryptography;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Tests.Bot;

/// <summary>Signing in to the 工作台 with Entra ID (OpenID Connect), Teams being configured, through the real host and a
/// fake provider on 127.0.0.1 whose id_tokens are signed with a key made here: the account is matched by the AAD object
/// id of the Teams account linked to a person, or else by the directory's email; anyone else is refused; the only
/// session is the workbench cookie.</summary>
public sealed class WorkbenchEntraSignInTests : IAsyncLifetime
{
    private const string PublicBaseUrl = EntraBureau.PublicBaseUrl;
    private const string ZhuObjectId = EntraBureau.ZhuObjectId;
    private readonly HttpClient _entraSide = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private EntraBureau _bureau = null!;
    private FakeBotFramework _teams = null!;
    private FakeEntra _entra = null!;
    private BotApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _bureau = await EntraBureau.StartAsync();
        (_teams, _entra, _app) = (_bureau.Teams, _bureau.Entra, _bureau.App);
    }

    public async ValueTask DisposeAsync()
    {
        _entraSide.Dispose();
        await _bureau.DisposeAsync();
    }

    private WorkbenchBrowser Browser() => WorkbenchBrowser.Anonymous(_app);

    /// <summary>The browser leaves for Entra ID; the address it is sent back to (the bot's callback, with code and state).</summary>
    private async Task<Uri> ThroughEntraAsync(WorkbenchBrowser browser)
    {
        using var leave = await browser.GetResponseAsync("/workbench/signin/entra");
        Assert.Equal(HttpStatusCode.Redirect, leave.StatusCode);
        var authorize = leave.Headers.Location!;
        Assert.Equal($"{_entra.BaseUrl}/{FakeBotFramework.Tenant}/oauth2/v2.0/authorize", authorize.GetLeftPart(UriPartial.Path));
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString(PublicBaseUrl + "/workbench/signin/entra/callback"), authorize.Query, StringComparison.Ordinal);
        Assert.DoesNotContain("response_mode", authorize.Query, StringComparison.Ordinal); // query, code's default: the return is a GET

        using var back = await _entraSide.GetAsync(authorize, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        var callback = back.Headers.Location!;
        Assert.Equal(PublicBaseUrl + "/workbench/signin/entra/callback", callback.GetLeftPart(UriPartial.Path));
        return callback;
    }

    [Fact]
    public async Task An_account_whose_object_id_is_linked_in_Teams_signs_in_and_the_workbench_cookie_is_the_only_session()
    {
        var browser = Browser();
        var login = (await browser.GetAsync("/workbench/login")).Body;
        Assert.Contains("href=\"/workbench/signin/entra\"", login, StringComparison.Ordinal);
        Assert.Contains("在Microsoft Teams中向廉政助手发送“工作台”", login, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"by-wecom\"", login, StringComparison.Ordinal);

        _entra.SignedInAccount = (ZhuObjectId, "someone.else@tenant.example"); // the object id decides, not the name
        var callback = await ThroughEntraAsync(browser);
        using (var signedIn = await browser.GetResponseAsync(callback.PathAndQuery))
        {
            Assert.Equal((HttpStatusCode.Redirect, "/workbench"), (signedIn.StatusCode, signedIn.Headers.Location?.OriginalString));
            var cookies = signedIn.Headers.GetValues("Set-Cookie").ToList();
            var session = Assert.Single(cookies, c => !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
            Assert.StartsWith("lianzheng.workbench=", session, StringComparison.Ordinal);
            Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(1, _entra.TokensIssued);
        var overview = await browser.GetAsync("/workbench");
        Assert.Equal(HttpStatusCode.OK, overview.Status);
        Assert.Contains("朱浩然（", overview.Body, StringComparison.Ordinal);

        // The same return once more: its correlation cookie is spent, and so is the code.
        Assert.StartsWith("/workbench/login?refused=", (await Browser().GetAsync(callback.PathAndQuery)).Location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_account_not_linked_in_Teams_is_matched_by_the_directorys_email()
    {
        _entra.SignedInAccount = (Guid.NewGuid().ToString(), "A014@Demo-Audit.example"); // 秦诗涵's email, in other letters
        var browser = Browser();
        var callback = await ThroughEntraAsync(browser);
        Assert.Equal("/workbench", (await browser.GetAsync(callback.PathAndQuery)).Location);
        Assert.Contains("秦诗涵（", (await browser.GetAsync("/workbench")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_guest_account_whose_address_matches_a_staff_email_is_not_taken_for_that_person()
    {
        // A B2B guest chooses his own address at home; only a member account's sign-in name is the tenant's to vouch for.
        _entra.SignedInAccount = (Guid.NewGuid().ToString(), "A014@demo-audit.example"); // 秦诗涵's email
        _entra.GuestIdentityProvider = "https://sts.windows.net/11111111-2222-3333-4444-555555555555/";
        var browser = Browser();
        var callback = await ThroughEntraAsync(browser);
        await browser.AssertRefusedAsync(callback.PathAndQuery, "entraunknown", "没有与这个 Microsoft 账号关联的人员");
    }

    [Fact]
    public async Task An_account_matching_nobody_is_refused_in_chinese_and_gets_no_session()
    {
        _entra.SignedInAccount = (Guid.NewGuid().ToString(), "visitor@elsewhere.example");
        var browser = Browser();
        var callback = await ThroughEntraAsync(browser);
        await browser.AssertRefusedAsync(callback.PathAndQuery, "entraunknown", "没有与这个 Microsoft 账号关联的人员");
    }

    [Fact]
    public async Task An_authority_that_is_plain_http_off_this_machine_is_refused_at_start()
    {
        var settings = _teams.BotSettings();
        settings["Workbench:Entra:Authority"] = "http://login.example.com/" + FakeBotFramework.Tenant + "/v2.0";
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        var refused = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("Workbench:Entra:Authority must be an https URL", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_Teams_but_no_tenant_known_the_Entra_sign_in_is_not_offered()
    {
        var settings = _teams.BotSettings();
        settings.Remove("Channels:Teams:TenantId");
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        var browser = WorkbenchBrowser.Anonymous(app);
        Assert.DoesNotContain("id=\"by-entra\"", (await browser.GetAsync("/workbench/login")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/workbench/signin/entra")).Status);
    }

    [Fact]
    public async Task A_return_to_a_browser_that_did_not_leave_for_it_is_refused()
    {
        _entra.SignedInAccount = (ZhuObjectId, "zhu@tenant.example");
        var callback = await ThroughEntraAsync(Browser());
        var other = Browser();
        var (_, location, _) = await other.GetAsync(callback.PathAndQuery);
        Assert.Equal("/workbench/login?refused=statemismatch", location);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/workbench")).Status);
        Assert.Equal(0, _entra.TokensIssued);
    }
}
