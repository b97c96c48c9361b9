using System.Net;
using System.Text.RegularExpressions;
using Lianzheng.Bot.Workbench;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>Signing in to the 工作台 on the real host: 工作台 in chat gives a one-time link; the link opens a session once,
/// within its lifetime, for the one who asked; without a session no page shows data; what each role sees is his scope;
/// another person's filing outside it is a 404, and one inside it is logged when opened.</summary>
public sealed partial class WorkbenchTests : IAsyncDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, Beijing));
    private readonly BotApp _app;

    public WorkbenchTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock, new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = "https://lianzheng.example.gov.cn" });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>A browser on https, as behind the bureau's proxy: with an https public address the session cookie is Secure.</summary>
    private HttpClient Browser() =>
        _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    /// <summary>The person says 工作台 in the local chat; the path and query of the link he gets.</summary>
    private async Task<string> LinkForAsync(string userId)
    {
        var chat = new LocalChatClient(_app.CreateClient(), userId);
        await chat.SaysAsync("工作台");
        chat.Hears("请在 10 分钟内打开下面的链接登录工作台");
        var url = SignInLink().Match(chat.Heard).Value;
        Assert.StartsWith("https://lianzheng.example.gov.cn/workbench/signin?ticket=", url, StringComparison.Ordinal);
        return new Uri(url).PathAndQuery;
    }

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> GetAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private async Task<HttpClient> SignedInAsync(string userId)
    {
        var browser = Browser();
        var (status, location, _) = await OpenAsync(browser, await LinkForAsync(userId));
        Assert.Equal((HttpStatusCode.Redirect, "/workbench"), (status, location));
        return browser;
    }

    /// <summary>Opens the link as a person does: the confirm page (GET), then its 登录 button (POST with the page's token).</summary>
    private static async Task<HttpResponseMessage> ConfirmAsync(HttpClient browser, string link)
    {
        var (status, _, page) = await GetAsync(browser, link);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h1>登录工作台</h1>", page, StringComparison.Ordinal);
        var ticket = WebUtility.HtmlDecode(TicketField().Match(page).Groups[1].Value);
        var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
        Assert.NotEmpty(token);
        return await browser.PostAsync(new Uri("/workbench/signin", UriKind.Relative),
            new FormUrlEncodedContent([new("ticket", ticket), new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken);
    }

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> OpenAsync(HttpClient browser, string link)
    {
        using var response = await ConfirmAsync(browser, link);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_link_from_chat_opens_a_session_once_and_a_second_opening_is_refused_in_chinese()
    {
        var link = await LinkForAsync("5"); // 王秀兰, 廉政监督员
        var browser = Browser();
        var (shown, _, confirm) = await GetAsync(browser, link);
        Assert.Equal(HttpStatusCode.OK, shown);
        Assert.Contains(">登录</button>", confirm, StringComparison.Ordinal);
        Assert.DoesNotContain("王秀兰", confirm, StringComparison.Ordinal); // whose ticket it is stays hidden
        using (var response = await ConfirmAsync(browser, link))
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/workbench", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        }

        using (var page = await browser.GetAsync(new Uri("/workbench", UriKind.Relative), TestContext.Current.CancellationToken))
        {
            Assert.Contains("default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("no-referrer", page.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("DENY", page.Headers.GetValues("X-Frame-Options").Single());
            Assert.True(page.Headers.CacheControl?.NoStore);
        }

        var (status, _, overview) = await GetAsync(browser, "/workbench");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("王秀兰（", overview, StringComparison.Ordinal);
        Assert.Contains("查看范围：全局", overview, StringComparison.Ordinal);

        var stranger = Browser();
        var (again, location, _) = await OpenAsync(stranger, link);
        Assert.Equal((HttpStatusCode.Redirect, "/workbench/login?refused=used"), (again, location));
        var (_, _, refusal) = await GetAsync(stranger, location!);
        Assert.Contains("这个登录链接已经用过了", refusal, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(stranger, "/workbench")).Status);
    }

    [Fact]
    public async Task Opening_the_link_without_pressing_the_button_spends_nothing_as_a_link_scanner_would()
    {
        var link = await LinkForAsync("14"); // 朱浩然
        var scanner = Browser();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var (status, _, page) = await GetAsync(scanner, link);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.DoesNotContain("朱浩然", page, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(scanner, "/workbench")).Status); // the scanner has no session
        var browser = Browser();
        var (signedIn, location, _) = await OpenAsync(browser, link);
        Assert.Equal((HttpStatusCode.Redirect, "/workbench"), (signedIn, location));
        Assert.Contains("朱浩然（", (await GetAsync(browser, "/workbench")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_posted_ticket_without_the_page_token_is_refused_and_stays_usable()
    {
        var link = await LinkForAsync("14");
        var ticket = link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..];
        using (var forged = await Browser().PostAsync(new Uri("/workbench/signin", UriKind.Relative),
            new FormUrlEncodedContent([new("ticket", ticket)]), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        var (status, location, _) = await OpenAsync(Browser(), link);
        Assert.Equal((HttpStatusCode.Redirect, "/workbench"), (status, location));
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address_on_the_confirm_page_and_its_button_alike()
    {
        var link = await LinkForAsync("14");
        var browser = Browser();
        var (_, _, page) = await GetAsync(browser, link);
        var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);
        for (var i = 1; i < WorkbenchEndpoints.SignInsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(browser, link)).Status);
        }

        Assert.NotEqual(HttpStatusCode.OK, (await GetAsync(browser, link)).Status);
        using var post = await browser.PostAsync(new Uri("/workbench/signin", UriKind.Relative),
            new FormUrlEncodedContent([new("ticket", link[(link.IndexOf('=', StringComparison.Ordinal) + 1)..]), new("__RequestVerificationToken", token)]),
            TestContext.Current.CancellationToken);
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Null(post.Headers.Location);
    }

    [Fact]
    public async Task A_link_older_than_its_lifetime_a_forged_one_and_a_cut_one_are_refused()
    {
        var link = await LinkForAsync("14"); // 朱浩然
        _clock.Advance(TimeSpan.FromMinutes(11));
        var browser = Browser();
        Assert.Equal("/workbench/login?refused=expired", (await OpenAsync(browser, link)).Location);
        Assert.Contains("这个登录链接已过期", (await GetAsync(browser, "/workbench/login?refused=expired")).Body, StringComparison.Ordinal);
        Assert.Equal("/workbench/login?refused=unknown",
            (await OpenAsync(browser, "/workbench/signin?ticket=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).Location);
        Assert.Equal("/workbench/login?refused=unknown", (await OpenAsync(browser, link[..^5])).Location);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(browser, "/workbench/me")).Status);
    }

    [Fact]
    public async Task Without_a_session_every_page_redirects_to_the_login_page_and_shows_no_data()
    {
        await AuditScenario.FileWeddingAsync(_app.Services, "workbench-test");
        var browser = Browser();
        foreach (var page in new[] { "/workbench", "/workbench/me" })
        {
            var (status, location, body) = await GetAsync(browser, page);
            Assert.Equal(HttpStatusCode.Redirect, status);
            // Relative: the browser stays on the address it used, whatever Host a reverse proxy passes on.
            Assert.StartsWith("/workbench/login?ReturnUrl=", location, StringComparison.Ordinal);
            Assert.DoesNotContain("县城国际大酒店", body, StringComparison.Ordinal);
        }

        var (_, _, login) = await GetAsync(browser, "/workbench/login");
        Assert.Contains("向廉政助手发送“工作台”", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_WeCom_or_Teams_configured_the_login_page_offers_the_chat_link_only()
    {
        var browser = Browser();
        var (_, _, login) = await GetAsync(browser, "/workbench/login");
        Assert.Contains("id=\"by-link\"", login, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"by-wecom\"", login, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"by-entra\"", login, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(browser, "/workbench/signin/wecom")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(browser, "/workbench/signin/wecom/callback?code=a&state=b")).Status);
    }

    [Fact]
    public async Task Each_role_sees_its_scope_the_supervisor_all_a_leader_his_sections_and_an_auditor_himself()
    {
        await AuditScenario.FileWeddingAsync(_app.Services, "workbench-scope"); // 朱浩然, 财政审计股

        async Task<string> OverviewOfAsync(string userId) => (await GetAsync(await SignedInAsync(userId), "/workbench")).Body;

        var supervisor = await OverviewOfAsync("5");
        Assert.Contains("<td>婚嫁</td>", supervisor, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/workbench/filings?year=2026&amp;kind=Wedding&amp;status=Pending\">1</a>", supervisor, StringComparison.Ordinal);
        var overseeing = await OverviewOfAsync("3"); // 吴海燕 oversees 财政审计股
        Assert.Contains("查看范围：分管股室人员", overseeing, StringComparison.Ordinal);
        Assert.Contains("<td>婚嫁</td>", overseeing, StringComparison.Ordinal);
        var other = await OverviewOfAsync("4"); // 郑立新 oversees other sections
        Assert.Contains("本年度暂无备案", other, StringComparison.Ordinal);
        var colleague = await OverviewOfAsync("15"); // 秦诗涵, same section, only herself
        Assert.Contains("查看范围：本人", colleague, StringComparison.Ordinal);
        Assert.Contains("本年度暂无备案", colleague, StringComparison.Ordinal);

        var zhu = await SignedInAsync("14");
        var mine = (await GetAsync(zhu, "/workbench/me")).Body;
        Assert.Contains("县城国际大酒店", mine, StringComparison.Ordinal);
        Assert.Contains("2026年12月31日", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_needs_the_page_token()
    {
        var browser = await SignedInAsync("14");
        var (_, _, page) = await GetAsync(browser, "/workbench");
        var token = WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);

        using (var forged = await browser.PostAsync(new Uri("/workbench/signout", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(browser, "/workbench")).Status);
        using (var signOut = await browser.PostAsync(new Uri("/workbench/signout", UriKind.Relative),
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]), TestContext.Current.CancellationToken))
        {
            Assert.Equal("/workbench/login?signedout=1", signOut.Headers.Location?.OriginalString);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(browser, "/workbench")).Status);
    }

    [Fact]
    public async Task The_register_lists_the_scope_a_filing_opens_with_its_history_another_is_404_and_every_look_is_logged()
    {
        var filing = await AuditScenario.FileWeddingAsync(_app.Services, "workbench-register"); // 朱浩然, 财政审计股

        var wang = await SignedInAsync("5");
        var register = (await GetAsync(wang, "/workbench/filings?year=2026&kind=Wedding")).Body;
        Assert.Contains($"/workbench/filings/{filing.Id}", register, StringComparison.Ordinal);
        Assert.Contains("共 1 件，第 1/1 页", register, StringComparison.Ordinal);
        Assert.Contains("共 0 件", (await GetAsync(wang, "/workbench/filings?year=2026&kind=Funeral")).Body, StringComparison.Ordinal);
        Assert.Contains("共 0 件", (await GetAsync(wang, "/workbench/filings?year=2025")).Body, StringComparison.Ordinal);

        var detail = await GetAsync(wang, $"/workbench/filings/{filing.Id}");
        Assert.Equal(HttpStatusCode.OK, detail.Status);
        Assert.Contains("县城国际大酒店", detail.Body, StringComparison.Ordinal);
        Assert.Contains("<td>朱浩然</td><td>提交备案</td>", detail.Body, StringComparison.Ordinal); // from the audit trail

        // 郑立新 does not oversee 财政审计股, 秦诗涵 is a colleague: a 404 for both, the same as no such filing.
        foreach (var outsider in new[] { "4", "15" })
        {
            var browser = await SignedInAsync(outsider);
            var (status, _, body) = await GetAsync(browser, $"/workbench/filings/{filing.Id}");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Contains("没有这条记录，或不在您的查看范围内", body, StringComparison.Ordinal);
            Assert.DoesNotContain("县城国际大酒店", body, StringComparison.Ordinal);
            Assert.DoesNotContain("朱浩然", (await GetAsync(browser, "/workbench/filings?year=2026")).Body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(browser, "/workbench/views")).Status);
        }

        var wu = await SignedInAsync("3");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(wu, $"/workbench/filings/{filing.Id}")).Status);
        var zhu = await SignedInAsync("14");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(zhu, $"/workbench/filings/{filing.Id}")).Status); // his own: not logged
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(wang, "/workbench/filings/9999")).Status);

        var views = (await GetAsync(wang, "/workbench/views")).Body;
        Assert.Contains($"<td>王秀兰</td><td>朱浩然</td><td>备案 #{filing.Id}</td>", views, StringComparison.Ordinal);
        Assert.Contains($"<td>吴海燕</td><td>朱浩然</td><td>备案 #{filing.Id}</td>", views, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(views, $"备案 #{filing.Id}</td>"));
    }

    [Fact]
    public async Task The_document_ledger_shows_a_masked_number_to_those_whose_scope_holds_its_holder()
    {
        // The demo bureau keeps 朱浩然's passport E00000013 in custody.
        var wang = (await GetAsync(await SignedInAsync("5"), "/workbench/documents")).Body;
        Assert.Contains("<td>朱浩然</td>", wang, StringComparison.Ordinal);
        Assert.Contains("E*****013", wang, StringComparison.Ordinal);
        Assert.DoesNotContain("E00000013", wang, StringComparison.Ordinal);
        Assert.Contains("<td>朱浩然</td>", (await GetAsync(await SignedInAsync("3"), "/workbench/documents")).Body, StringComparison.Ordinal);
        Assert.Contains("暂无记录", (await GetAsync(await SignedInAsync("4"), "/workbench/documents")).Body, StringComparison.Ordinal);
        Assert.Contains("暂无记录", (await GetAsync(await SignedInAsync("15"), "/workbench/documents")).Body, StringComparison.Ordinal);
        Assert.Contains("<td>朱浩然</td>", (await GetAsync(await SignedInAsync("14"), "/workbench/documents")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_drawn_out_twice_shows_its_latest_drawing_and_whether_that_one_is_overdue()
    {
        // 朱浩然's passport went out for a trip in October and came back; it went out again on 11月10日, due 11月28日.
        var first = await AuditScenario.FileWeddingAsync(_app.Services, "workbench-documents-1");
        var second = await AuditScenario.FileWeddingAsync(_app.Services, "workbench-documents-2");
        const string Passport = "FROM TravelDocuments WHERE HolderId = (SELECT Id FROM Staff WHERE Name = '朱浩然')";
        await AuditScenario.ExecuteAsync(_app.DatabasePath, $"""
            UPDATE TravelDocuments SET State = 2 WHERE Id = (SELECT Id {Passport});
            INSERT INTO DocumentCheckouts (DocumentId, TripId, DrawnOn, DrawnRecordedById, DueOn, ReturnedOn, ReturnRecordedById,
                ReturnReportAsked, RemindersSent, CreatedAt, UpdatedAt, Version)
            SELECT Id, {first.Id}, '2026-10-01', 5, '2026-10-20', '2026-10-18', 5, 0, 0, 0, 0, 1 {Passport};
            INSERT INTO DocumentCheckouts (DocumentId, TripId, DrawnOn, DrawnRecordedById, DueOn, ReturnedOn, ReturnRecordedById,
                ReturnReportAsked, RemindersSent, CreatedAt, UpdatedAt, Version)
            SELECT Id, {second.Id}, '2026-11-10', 5, '2026-11-28', NULL, NULL, 0, 0, 0, 0, 1 {Passport};
            """);

        var ledger = (await GetAsync(await SignedInAsync("5"), "/workbench/documents")).Body;

        var row = Regex.Replace(ledger, @"\s+", "");
        Assert.Contains("<td>已领取（逾期未交回）</td><td>2026年11月10日</td><td>2026年11月28日</td><td></td>", row, StringComparison.Ordinal);
        Assert.DoesNotContain("2026年10月1日", ledger, StringComparison.Ordinal);
        Assert.Equal(1, CountOf(ledger, "<td>朱浩然</td>"));
        Assert.Contains("2026年11月10日", (await GetAsync(await SignedInAsync("5"), "/workbench/documents?overdue=1")).Body, StringComparison.Ordinal);

        // The overview counts it once, for those whose scope holds him (吴海燕 oversees his section, 郑立新 does not).
        const string Overdue = "<td>证件逾期未交回</td><td><a href=\"/workbench/documents?overdue=1\">";
        Assert.Contains(Overdue + "1</a>", (await GetAsync(await SignedInAsync("5"), "/workbench")).Body, StringComparison.Ordinal);
        Assert.Contains(Overdue + "1</a>", (await GetAsync(await SignedInAsync("3"), "/workbench")).Body, StringComparison.Ordinal);
        Assert.Contains(Overdue + "0</a>", (await GetAsync(await SignedInAsync("4"), "/workbench")).Body, StringComparison.Ordinal);

        // Only the latest drawing counts: were the October one still open and overdue, the passport is back since 11月25日.
        await AuditScenario.ExecuteAsync(_app.DatabasePath, $"""
            UPDATE DocumentCheckouts SET ReturnedOn = '2026-11-25', ReturnRecordedById = 5 WHERE TripId = {second.Id};
            UPDATE DocumentCheckouts SET ReturnedOn = NULL, ReturnRecordedById = NULL WHERE TripId = {first.Id};
            UPDATE TravelDocuments SET State = 1 WHERE Id = (SELECT Id {Passport});
            """);
        Assert.Contains(Overdue + "0</a>", (await GetAsync(await SignedInAsync("5"), "/workbench")).Body, StringComparison.Ordinal);
        var back = Regex.Replace((await GetAsync(await SignedInAsync("5"), "/workbench/documents")).Body, @"\s+", "");
        Assert.Contains("<td>在柜</td><td>2026年11月10日</td><td>2026年11月28日</td><td>2026年11月25日</td>", back, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_message_list_names_each_sender_with_its_reach_for_the_whole_bureau_only()
    {
        await AuditScenario.FileWeddingAsync(_app.Services, "workbench-messages"); // the review request goes to 吴海燕
        var wang = await SignedInAsync("5");
        var chat = new LocalChatClient(_app.CreateClient(), "5");
        await chat.SaysAsync("发送廉政提醒");
        await chat.SaysAsync("周末廉洁提醒");
        await chat.SaysAsync("请严守中央八项规定及其实施细则精神。");
        await chat.ClicksAsync("某个股室");
        await chat.ClicksAsync("财政审计股");
        await chat.ClicksAsync("是");
        await chat.ClicksAsync("现在发送一次");
        await chat.ClicksAsync("是");
        chat.Hears("已发送给 5 人");

        var page = (await GetAsync(wang, "/workbench/messages")).Body;
        Assert.Matches("<td>廉政提醒</td>\\s*<td><a href=\"/workbench/messages/\\d+\">周末廉洁提醒</a></td><td>王秀兰</td>", page);
        Assert.Matches("<td>备案审核</td>\\s*<td><a href=\"/workbench/messages/\\d+\">个人事项备案审核</a></td><td>朱浩然</td>", page);
        var auditor = await GetAsync(await SignedInAsync("14"), "/workbench/messages");
        Assert.Equal(HttpStatusCode.NotFound, auditor.Status);
        Assert.DoesNotContain("周末廉洁提醒", auditor.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(await SignedInAsync("3"), "/workbench/messages")).Status);
    }

    [Fact]
    public async Task A_leader_sees_his_own_filing_and_another_leader_does_not()
    {
        var own = await AuditScenario.FileWeddingAsync(_app.Services, "workbench-leader", "吴海燕");
        var wu = await SignedInAsync("3");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(wu, $"/workbench/filings/{own.Id}")).Status);
        Assert.Contains($"/workbench/filings/{own.Id}", (await GetAsync(wu, $"/workbench/filings?year={own.EventDate.Year}")).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(await SignedInAsync("4"), $"/workbench/filings/{own.Id}")).Status); // 郑立新
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(await SignedInAsync("2"), $"/workbench/filings/{own.Id}")).Status); // 周建国, 党组书记
    }

    private static int CountOf(string text, string fragment) => (text.Length - text.Replace(fragment, "", StringComparison.Ordinal).Length) / fragment.Length;

    [GeneratedRegex(@"https://lianzheng\.example\.gov\.cn/workbench/signin\?ticket=[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();

    [GeneratedRegex("name=\"ticket\" value=\"([^\"]*)\"")]
    private static partial Regex TicketField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
