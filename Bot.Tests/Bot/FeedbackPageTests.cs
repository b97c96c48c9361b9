using System.Net;
using System.Text.RegularExpressions;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The public 廉政回访 page, /feedback/{code}, through the real host: the form of an open project, the Chinese
/// 404/410 pages, antiforgery, validation with the input kept, one row per served form, the size and rate limits.</summary>
public sealed partial class FeedbackPageTests : IAsyncDisposable
{
    private const string ProjectName = "县财政局预算执行审计";
    private static readonly DateOnly Start = new(2026, 12, 3);
    private static readonly DateOnly End = new(2026, 12, 10);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly BotApp _app;
    private readonly HttpClient _http;

    public FeedbackPageTests()
    {
        _app = new BotApp(BotApp.NewDatabasePath(), _time);
        _http = _app.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task The_open_page_shows_the_bureau_the_project_the_deadline_and_every_question_with_the_security_headers()
    {
        var code = await RegisterAsync();
        using var response = await _http.GetAsync(new Uri($"/feedback/{code}", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>廉政回访</h1>", html, StringComparison.Ordinal);
        Assert.Contains("县审计局", html, StringComparison.Ordinal);
        Assert.Contains(ProjectName, html, StringComparison.Ordinal);
        Assert.Contains("请在 2027年1月9日（含当日）前填写", html, StringComparison.Ordinal);
        Assert.Contains("廉政监督员", html, StringComparison.Ordinal);
        foreach (var topic in Enum.GetValues<FeedbackTopic>())
        {
            Assert.Contains(AuditProjectTexts.TopicQuestion(topic), html, StringComparison.Ordinal);
        }

        Assert.Contains("基本满意", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.StartsWith("noindex", response.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore);

        // Every view is a fresh form: its own submission key.
        var (_, first) = await OpenFormAsync(code);
        var (_, second) = await OpenFormAsync(code);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task The_reporting_phone_is_shown_when_the_bureau_has_one()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath(), _time, new Dictionary<string, string> { ["AuditProjects:ReportingPhone"] = "0571-12345678" });
        using var http = app.CreateClient();
        var code = await RegisterAsync(app);
        var html = await http.GetStringAsync(new Uri($"/feedback/{code}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Contains("举报电话：0571-12345678", html, StringComparison.Ordinal);
        Assert.Contains("href=\"tel:057112345678\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_no_project_has_is_a_Chinese_404_and_a_malformed_one_too()
    {
        await RegisterAsync();
        foreach (var path in new[] { "/feedback/" + AccessCodes.New(), "/feedback/abc", "/feedback/" + new string('*', AccessCodes.Length) })
        {
            using var response = await _http.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Contains("链接无效", html, StringComparison.Ordinal);
            Assert.DoesNotContain(ProjectName, html, StringComparison.Ordinal);
        }

        using var post = await _http.PostAsync(new Uri("/feedback/abc", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task Thirty_days_after_the_end_the_page_is_a_Chinese_410_and_a_form_served_before_is_refused()
    {
        var code = await RegisterAsync();
        var (token, key) = await OpenFormAsync(code);
        _time.Advance(TimeSpan.FromDays(39)); // 离场 2026-12-10 + 30 days: 2027-01-09 was the last day; this is 2027-01-10.

        using var page = await _http.GetAsync(new Uri($"/feedback/{code}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("本项目的廉政回访已于 2027年1月9日 结束", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        using var post = await PostAsync(code, Answers(token, key));
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(0, await CountFeedbackAsync());
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_a_Chinese_400_that_stores_nothing_and_gives_back_what_was_written()
    {
        var code = await RegisterAsync();
        var (_, key) = await OpenFormAsync(code);
        var answers = Answers("", key);
        answers.Remove("__RequestVerificationToken");
        answers["remarks"] = "审计组作风严谨。";

        using var response = await PostAsync(code, answers);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("页面已过期，您的回答尚未提交", html, StringComparison.Ordinal);
        Assert.Contains("审计组作风严谨。", html, StringComparison.Ordinal); // what the unit wrote is not lost

        using var forged = await PostAsync(code, Answers("CfDJ8-not-a-token", key));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await CountFeedbackAsync());

        // Sent again with the fresh token the page came back with, it is stored.
        answers["__RequestVerificationToken"] = Token(html);
        using var again = await PostAsync(code, answers);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await CountFeedbackAsync());
    }

    [Fact]
    public async Task A_valid_answer_is_stored_with_its_issues_and_sent_to_the_integrity_supervisor()
    {
        var code = await RegisterAsync();
        var (token, key) = await OpenFormAsync(code);
        var answers = Answers(token, key, rating: "FairlySatisfied");
        answers["topic-Gifts"] = "yes";
        answers["details-Gifts"] = "  12月5日，审计组一名成员收下购物卡一张。\r\n已当场退回。 ";
        answers["remarks"] = "希望继续保持。";
        answers["contact"] = "办公室 李明 13800000000";

        using var response = await PostAsync(code, answers);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("感谢您对审计工作的监督", html, StringComparison.Ordinal);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var stored = await db.AuditFeedback.Include(f => f.Issues).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(key, stored.SubmissionKey);
        Assert.Equal(FeedbackRating.FairlySatisfied, stored.Rating);
        var issue = Assert.Single(stored.Issues);
        Assert.Equal(FeedbackTopic.Gifts, issue.Topic);
        Assert.Equal("12月5日，审计组一名成员收下购物卡一张。\n已当场退回。", issue.Details);
        Assert.Equal("希望继续保持。", stored.Remarks);
        Assert.Equal("办公室 李明 13800000000", stored.Contact);

        var supervisor = await db.Staff.SingleAsync(s => s.Name == "王秀兰", TestContext.Current.CancellationToken);
        var message = await db.OutboxMessages.Include(m => m.Deliveries)
            .SingleAsync(m => m.Kind == OutboxKinds.AuditFeedback, TestContext.Current.CancellationToken);
        Assert.Contains(message.Deliveries, d => d.RecipientId == supervisor.Id);
        Assert.Contains("礼品礼金：有——12月5日", message.Body, StringComparison.Ordinal);
        Assert.Contains("总体评价：基本满意", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_typed_into_the_form_reaches_the_supervisor_inert_and_is_stored_as_written()
    {
        var code = await RegisterAsync();
        var (token, key) = await OpenFormAsync(code);
        var answers = Answers(token, key);
        answers["remarks"] = "证据见[这里](https://evil.example/x) **速看**";

        using var response = await PostAsync(code, answers);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        Assert.Equal("证据见[这里](https://evil.example/x) **速看**", (await db.AuditFeedback.SingleAsync(TestContext.Current.CancellationToken)).Remarks);
        var notice = await db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.AuditFeedback, TestContext.Current.CancellationToken);
        Assert.Contains("其他意见：证据见［这里］（https：//evil.example/x） ＊＊速看＊＊", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("](", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("**", notice.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", notice.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_form_posted_twice_is_stored_once_and_thanked_twice()
    {
        var code = await RegisterAsync();
        var (token, key) = await OpenFormAsync(code);

        using var first = await PostAsync(code, Answers(token, key));
        using var second = await PostAsync(code, Answers(token, key));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("感谢您对审计工作的监督", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(1, await CountFeedbackAsync());

        // A second view of the page is another form: a second answer.
        var (again, otherKey) = await OpenFormAsync(code);
        using var third = await PostAsync(code, Answers(again, otherKey));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Equal(2, await CountFeedbackAsync());
    }

    [Fact]
    public async Task Yes_without_details_is_a_400_with_the_Chinese_error_the_input_kept_and_nothing_stored()
    {
        var code = await RegisterAsync();
        var (token, key) = await OpenFormAsync(code);
        var answers = Answers(token, key);
        answers["topic-Banquets"] = "yes";
        answers["details-Banquets"] = "   ";
        answers.Remove("topic-Conduct");
        answers.Remove("rating");
        answers["remarks"] = "<b>备注</b>";
        answers["contact"] = new string('电', FeedbackAnswers.MaxContactLength + 1);

        using var response = await PostAsync(code, answers);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("选择“有”时，请说明具体情况。", html, StringComparison.Ordinal);
        Assert.Contains("id=\"details-Banquets-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"topic-Conduct-error\">请选择“有”或“无”。", html, StringComparison.Ordinal);
        Assert.Contains("id=\"rating-error\">请选择总体评价。", html, StringComparison.Ordinal);
        Assert.Contains("id=\"contact-error\">内容过长，最多 100 字", html, StringComparison.Ordinal);
        Assert.Contains("name=\"topic-Banquets\" value=\"yes\" checked", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;备注&lt;/b&gt;</textarea>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>备注</b>", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"submission\" value=\"{key}\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountFeedbackAsync());

        // Corrected, the same form goes through.
        answers["__RequestVerificationToken"] = Token(html);
        answers["details-Banquets"] = "进点当天午餐由被审计单位安排。";
        answers["topic-Conduct"] = "no";
        answers["rating"] = "Satisfied";
        answers["contact"] = "";
        using var corrected = await PostAsync(code, answers);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(1, await CountFeedbackAsync());
    }

    [Fact]
    public async Task A_form_filled_to_every_limit_in_Chinese_fits_the_body_limit_and_one_character_more_is_refused()
    {
        var code = await RegisterAsync();
        var (token, key) = await OpenFormAsync(code);
        var answers = Answers(token, key);
        foreach (var topic in Enum.GetValues<FeedbackTopic>())
        {
            answers["topic-" + topic] = "yes";
            // A browser's maxlength counts a line break once and sends it as \r\n.
            answers["details-" + topic] = "宴" + new string('请', FeedbackAnswers.MaxDetailsLength - 3) + "\r\n" + "宴";
        }

        answers["remarks"] = new string('意', FeedbackAnswers.MaxRemarksLength);
        answers["contact"] = new string('联', FeedbackAnswers.MaxContactLength);
        using var tooLong = await PostAsync(code, new Dictionary<string, string>(answers) { ["remarks"] = answers["remarks"] + "见" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("id=\"remarks-error\">内容过长，最多 1000 字", await tooLong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            StringComparison.Ordinal);

        answers["__RequestVerificationToken"] = Token(await tooLong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var full = await PostAsync(code, answers);
        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        await using var scope = _app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditFeedback.Include(f => f.Issues)
            .SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(5, stored.Issues.Count);
        Assert.All(stored.Issues, i => Assert.Equal(FeedbackAnswers.MaxDetailsLength, i.Details.Length));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_a_Chinese_413_with_or_without_a_length()
    {
        var code = await RegisterAsync();
        var (token, key) = await OpenFormAsync(code);
        var answers = Answers(token, key);
        answers["remarks"] = new string('长', 5000);

        using var sized = await PostAsync(code, answers);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, sized.StatusCode);
        Assert.Contains("提交的内容超过了允许的大小", await sized.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        var body = await new FormUrlEncodedContent(answers).ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var chunked = new UnsizedContent(body, "application/x-www-form-urlencoded");
        using var streamed = await _http.PostAsync(new Uri($"/feedback/{code}", UriKind.Relative), chunked, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Equal(0, await CountFeedbackAsync());
    }

    [Fact]
    public async Task Too_many_posts_from_one_address_are_a_Chinese_429_with_Retry_After_and_the_page_still_opens()
    {
        var code = await RegisterAsync();
        for (var i = 0; i < 10; i++)
        {
            using var refused = await _http.PostAsync(new Uri($"/feedback/{code}", UriKind.Relative), new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        var (token, key) = await OpenFormAsync(code);
        using var limited = await PostAsync(code, Answers(token, key));
        Assert.Equal((HttpStatusCode)429, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("操作过于频繁", await limited.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal("nosniff", limited.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(0, await CountFeedbackAsync());

        using var health = await _http.GetAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private Task<string> RegisterAsync() => RegisterAsync(_app);

    private static async Task<string> RegisterAsync(BotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Roles).ToDictionaryAsync(s => s.Name);
        var project = await scope.ServiceProvider.GetRequiredService<AuditProjectService>().RegisterAsync(staff["陈晓梅"],
            new AuditProjectDraft(ProjectName, false, Start, End, staff["陈晓梅"].Id, staff["吴海燕"].Id, [staff["朱浩然"].Id]), CancellationToken.None);
        return project.FeedbackCode ?? throw new InvalidOperationException("A new project has a feedback code.");
    }

    private async Task<(string Token, string Key)> OpenFormAsync(string code)
    {
        using var response = await _http.GetAsync(new Uri($"/feedback/{code}", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (Token(html), WebUtility.HtmlDecode(SubmissionKeyField().Match(html).Groups[1].Value));
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenField().Match(html).Groups[1].Value);

    /// <summary>无 to every topic, 满意.</summary>
    private static Dictionary<string, string> Answers(string token, string key, string rating = "Satisfied")
    {
        var answers = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["submission"] = key, ["rating"] = rating };
        foreach (var topic in Enum.GetValues<FeedbackTopic>())
        {
            answers["topic-" + topic] = "no";
            answers["details-" + topic] = "";
        }

        return answers;
    }

    private Task<HttpResponseMessage> PostAsync(string code, Dictionary<string, string> answers) =>
        _http.PostAsync(new Uri($"/feedback/{code}", UriKind.Relative), new FormUrlEncodedContent(answers), TestContext.Current.CancellationToken);

    private async Task<int> CountFeedbackAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditFeedback.CountAsync(TestContext.Current.CancellationToken);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"submission\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionKeyField();

    /// <summary>A body sent without Content-Length (chunked on a real connection).</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _body;

        public UnsizedContent(byte[] body, string mediaType)
        {
            _body = body;
            Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
