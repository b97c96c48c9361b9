using System.Net;
using System.Text.RegularExpressions;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;

namespace Lianzheng.Tests.Bot;

/// <summary>设置 /workbench/settings: the rules the bot enforces, each with the value its services read and where that
/// value comes from — the default, appsettings.json, a command-line argument, an environment variable of the bot's own
/// process; read-only, for the 廉政监督员 only.</summary>
public sealed partial class WorkbenchSettingsTests
{
    [Fact]
    public async Task The_supervisor_sees_each_rule_with_its_value_and_where_it_comes_from_and_nobody_else_sees_the_page()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string>
        {
            ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl,
            ["Filings:MaxTables"] = "15",
            ["Filings:Review"] = "NoticeOnly",
        });
        var wang = await WorkbenchBrowser.SignedInAsync(app, await app.StaffKeyAsync("王秀兰"));
        var (status, _, page) = await wang.GetAsync("/workbench/settings");

        // The test host hands its settings to Program as command-line arguments (--Filings:MaxTables=15).

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("15 桌", "命令行参数"), Row(page, "Filings:MaxTables"));
        Assert.Equal(("只通知并“已阅”（NoticeOnly）", "命令行参数"), Row(page, "Filings:Review"));
        Assert.Equal(("5 个工作日", "默认值"), Row(page, "Filings:LeadWorkingDays"));
        Assert.Equal(("200 人", "默认值"), Row(page, "Filings:MaxGuests"));
        Assert.Equal(("6月30日前 1 次；11月30日前 2 次", "默认值"), Row(page, "Talks:Checkpoints"));
        Assert.Equal(("09:00", "默认值"), Row(page, "Holidays:SendAt"));
        Assert.Equal(("1 天", "默认值"), Row(page, "Holidays:ReminderAfter"));
        Assert.Equal(("县审计局", "配置文件 appsettings.json"), Row(page, "Bureau:Name"));
        Assert.Contains("<td>规模上限：桌数<br><code class=\"muted\">Filings:MaxTables</code></td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", page[page.IndexOf("<main>", StringComparison.Ordinal)..], StringComparison.Ordinal); // read-only
        Assert.Contains("<a href=\"/workbench/settings\" aria-current=\"page\">设置</a>", page, StringComparison.Ordinal);

        foreach (var name in new[] { "周建国", "孙正平", "吴海燕", "朱浩然" })
        {
            var other = await WorkbenchBrowser.SignedInAsync(app, await app.StaffKeyAsync(name));
            var refused = await other.GetAsync("/workbench/settings");
            Assert.Equal(HttpStatusCode.NotFound, refused.Status);
            Assert.DoesNotContain("Filings:MaxTables", refused.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/workbench/settings\"", (await other.GetAsync("/workbench")).Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_rule_set_in_the_bots_environment_is_shown_with_that_variable_as_its_source()
    {
        var bot = new ProcessBot(new Dictionary<string, string> { ["Filings:MaxGuests"] = "150" });
        await using var process = await bot.StartAsync();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(process.BaseUrl),
        };
        var chat = new LocalChatClient(http, "5"); // 王秀兰, 廉政监督员 of the demo bureau
        await chat.SaysAsync("工作台");
        var link = new Uri(SignInLink().Match(chat.Heard).Value);
        var signIn = await http.GetStringAsync(link.PathAndQuery, TestContext.Current.CancellationToken);
        using var form = new FormUrlEncodedContent(
        [
            new("ticket", WebUtility.HtmlDecode(Field(signIn, "ticket"))),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(Field(signIn, "__RequestVerificationToken"))),
        ]);
        using var signedIn = await http.PostAsync("/workbench/signin", form, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var page = await http.GetStringAsync("/workbench/settings", TestContext.Current.CancellationToken);
        Assert.Equal(("150 人", "环境变量 Filings__MaxGuests"), Row(page, "Filings:MaxGuests"));
        Assert.Equal(("20 桌", "默认值"), Row(page, "Filings:MaxTables"));
    }

    /// <summary>The value and the source in the row of <paramref name="key"/>.</summary>
    private static (string Value, string Source) Row(string page, string key)
    {
        var row = Regex.Match(page, $"<tr data-key=\"{Regex.Escape(key)}\"><td>.*?</td><td>(.*?)</td><td>(.*?)</td></tr>");
        Assert.True(row.Success, $"No row for {key}.");
        return (WebUtility.HtmlDecode(row.Groups[1].Value), WebUtility.HtmlDecode(row.Groups[2].Value));
    }

    private static string Field(string page, string name) =>
        Regex.Match(page, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex(@"https?://[^\s""]+/workbench/signin\?ticket=[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();
}
