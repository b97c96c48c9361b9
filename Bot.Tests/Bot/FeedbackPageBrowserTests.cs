using System.Collections.Concurrent;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lianzheng.Tests.Bot;

/// <summary>The 廉政回访 page on the real Kestrel host on 127.0.0.1: on a phone (Debian's chromium driven by Playwright at
/// 390×844 with touch), and its body limit on a real connection.</summary>
public sealed class FeedbackPageBrowserTests
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task On_a_phone_the_unit_answers_one_topic_with_details_and_is_thanked_without_scrolling_sideways_or_leaving_the_host()
    {
        Prerequisites.RequireChromium();
        await using var app = new BotApp(BotApp.NewDatabasePath());
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var code = await RegisterAsync(app);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        await using var context = await browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = PhoneWidth, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            DeviceScaleFactor = 3,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        var requests = new ConcurrentQueue<Uri>();
        var consoleErrors = new ConcurrentQueue<string>();
        page.Request += (_, request) => requests.Enqueue(new Uri(request.Url));
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Enqueue(message.Text + " " + message.Location); // a CSP violation is reported here
            }
        };

        await page.GotoAsync(new Uri(address, "/feedback/" + code).ToString());
        await Expect(page.Locator("h1")).ToHaveTextAsync("廉政回访");
        await Expect(page.Locator("header")).ToContainTextAsync("县财政局预算执行审计");
        Assert.True(await ScrollWidthAsync(page) <= PhoneWidth, "The form scrolls sideways at 390 px.");

        foreach (var topic in Enum.GetValues<FeedbackTopic>().Where(t => t != FeedbackTopic.Banquets))
        {
            await page.Locator($"#topic-{topic} label.choice", new() { HasTextString = "无" }).TapAsync();
        }

        await page.Locator("#topic-Banquets label.choice", new() { HasTextString = "有" }).TapAsync();
        await page.Locator("#details-Banquets").FillAsync("进点当天中午，被审计单位在食堂外安排了一桌宴请，审计组两人参加。");
        await page.Locator("#rating label.choice", new() { HasTextString = "基本满意" }).TapAsync();
        await page.Locator("#remarks").FillAsync("无其他意见。");
        await Expect(page.Locator("input[name='topic-Banquets'][value='yes']")).ToBeCheckedAsync();
        await page.Locator("button[type=submit]").TapAsync();

        await Expect(page.Locator("body")).ToContainTextAsync("感谢您对审计工作的监督");
        Assert.True(await ScrollWidthAsync(page) <= PhoneWidth, "The thank-you page scrolls sideways at 390 px.");

        await using var scope = app.Services.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditFeedback.Include(f => f.Issues)
            .SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(FeedbackRating.FairlySatisfied, stored.Rating);
        Assert.Equal(FeedbackTopic.Banquets, Assert.Single(stored.Issues).Topic);
        Assert.Equal("无其他意见。", stored.Remarks);

        Assert.Contains(requests, r => r.AbsolutePath == "/feedback/" + code);
        Assert.All(requests, r => Assert.Equal(address.Authority, r.Authority));
        Assert.Empty(consoleErrors);
    }

    [Fact]
    public async Task Kestrel_refuses_an_oversized_body_with_the_Chinese_413_whether_it_has_a_length_or_is_chunked()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath());
        app.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        app.StartServer();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var code = await RegisterAsync(app);
        using var http = new HttpClient { BaseAddress = address };
        var body = System.Text.Encoding.ASCII.GetBytes("submission=x&remarks=" + new string('a', 100 * 1024));

        foreach (var chunked in new[] { false, true })
        {
            using var content = new StreamContent(chunked ? new UnseekableStream(body) : new MemoryStream(body));
            content.Headers.ContentType = new("application/x-www-form-urlencoded");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/feedback/" + code) { Content = content };
            request.Headers.TransferEncodingChunked = chunked;
            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            Assert.Contains("提交的内容超过了允许的大小", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        }
    }

    private static Task<int> ScrollWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    private static async Task<string> RegisterAsync(BotApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Roles).ToDictionaryAsync(s => s.Name);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var project = await scope.ServiceProvider.GetRequiredService<AuditProjectService>().RegisterAsync(staff["陈晓梅"],
            new AuditProjectDraft("县财政局预算执行审计", false, today.AddDays(1), today.AddDays(10), staff["陈晓梅"].Id, staff["吴海燕"].Id, [staff["朱浩然"].Id]),
            CancellationToken.None);
        return project.FeedbackCode ?? throw new InvalidOperationException("A new project has a feedback code.");
    }

    /// <summary>A body whose length the client cannot know: sent chunked.</summary>
    private sealed class UnseekableStream(byte[] body) : MemoryStream(body)
    {
        public override bool CanSeek => false;
    }
}
