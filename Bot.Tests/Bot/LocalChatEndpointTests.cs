using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Lianzheng.Bot.LocalChat;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot;

/// <summary>The local web chat through the running host's HTTP surface.</summary>
public sealed class LocalChatEndpointTests : IAsyncLifetime
{
    private BotApp _app = null!;
    private HttpClient _http = null!;

    public ValueTask InitializeAsync()
    {
        _app = new BotApp(BotApp.NewDatabasePath());
        _http = _app.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Health_page_users_and_the_chat_page_are_served()
    {
        Assert.Equal("Healthy", await _http.GetStringAsync("/healthz/ready"));
        var page = await _http.GetAsync("/chat");
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Contains("廉政助手", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var users = await _http.GetFromJsonAsync<List<LocalUser>>("/api/local/users");
        Assert.Equal(27, users!.Count);
        Assert.Contains(users, u => u.Name == "孙正平" && u.Roles.Contains("派驻纪检监察组") && u.Section is null);
        Assert.Contains(users, u => u.Name == "周建国" && u.Roles.Contains("党组书记") && u.Roles.Contains("班子成员"));
        Assert.Equal(3, users.Count(u => u.Roles.Contains("班子成员")));
        Assert.Equal(6, users.Where(u => u.Roles.Contains("股室负责人")).Select(u => u.Section).Count());
        Assert.Contains(users, u => u.Roles.Contains("廉政监督员"));
        Assert.True(users.Count(u => u.Roles.Contains("审计人员")) >= 20);
    }

    [Fact]
    public async Task A_wedding_filed_through_the_api_reaches_the_leader_as_a_review_card_he_approves()
    {
        var users = (await _http.GetFromJsonAsync<List<LocalUser>>("/api/local/users"))!;
        var filer = new LocalChatClient(_http, users.Single(u => u.Name == "朱浩然").Id);
        await filer.SaysAsync("备案");
        await filer.ClicksAsync("婚嫁");
        await filer.SaysAsync("本人");
        await filer.SaysAsync("2099-01-01");
        filer.Hears("日期不能晚于");
        await filer.SaysAsync("后天");
        await filer.SaysAsync("县城国际大酒店");
        await filer.SaysAsync("8");
        await filer.SaysAsync("80");
        await filer.ClicksAsync("否"); // 同城合办
        await filer.SaysAsync("2"); // cars
        await filer.ClicksAsync("否"); // 公车
        await filer.ClicksAsync("否");
        await filer.ClicksAsync("否");
        // 后天 is less than 5 working days ahead: a late report, with its reason.
        filer.Hears("逾期报告");
        await filer.SaysAsync("婚期临时提前");
        await filer.ClicksAsync("确认提交");
        filer.Hears("备案成功");
        filer.Hears("已送 吴海燕 审核");

        var leaderId = users.Single(u => u.Name == "吴海燕").Id;
        var pushed = (await _http.GetFromJsonAsync<LocalPushResponse>($"/api/local/messages?userId={leaderId}&after=0"))!.Messages;
        var card = Assert.Single(pushed);
        Assert.Equal("个人事项备案审核", card.Title);
        Assert.Contains(card.Facts, f => f.Key == "地点" && f.Value == "县城国际大酒店");
        Assert.Contains(card.Facts, f => f.Key == "报告时限" && f.Value == "逾期报告");
        var again = (await _http.GetFromJsonAsync<LocalPushResponse>($"/api/local/messages?userId={leaderId}&after={card.Id}"))!.Messages;
        Assert.Empty(again);

        var leader = new LocalChatClient(_http, leaderId);
        var approve = card.Buttons.Single(b => b.Label == "同意");
        var response = await _http.PostAsJsonAsync(
            "/api/local/messages", new { userId = int.Parse(leaderId, System.Globalization.CultureInfo.InvariantCulture), action = approve.Action });
        var replies = (await response.Content.ReadFromJsonAsync<LocalTurnResponse>())!.Replies;
        Assert.Contains("审核意见", Assert.Single(replies).Text, StringComparison.Ordinal);
        await leader.SaysAsync("同意，请控制规模");
        leader.Hears("审核完成：同意");

        var filerId = users.Single(u => u.Name == "朱浩然").Id;
        var told = (await _http.GetFromJsonAsync<LocalPushResponse>($"/api/local/messages?userId={filerId}&after=0"))!.Messages;
        var result = Assert.Single(told);
        Assert.Equal("备案审核结果", result.Title);
        Assert.Contains("吴海燕 审核：同意", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Facts, f => f.Key == "状态" && f.Value == "已同意");

        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditTrail>().FindFirstBrokenEntryAsync(CancellationToken.None));
        await leader.SaysAsync("帮助");
        leader.Hears("作为班子成员");
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"text\":\"备案\"}")]
    [InlineData("{\"userId\":\"13\"}")]
    [InlineData("{\"userId\":{\"a\":1},\"text\":\"备案\"}")]
    [InlineData("[]")]
    public async Task Malformed_requests_get_400(string body)
    {
        var response = await _http.PostAsync("/api/local/messages", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pushed_messages_need_a_user_id_and_an_unknown_user_is_told_politely()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.GetAsync("/api/local/messages?userId=abc")).StatusCode);
        var response = await _http.PostAsJsonAsync("/api/local/messages", new { userId = "424242", text = "你好" });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("不在本局的人员名录中", body.GetProperty("replies")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pushed_link_button_comes_as_label_and_url_and_the_other_buttons_as_label_and_action()
    {
        const string url = "https://lianzheng.example/audit-notices/abc";
        var users = (await _http.GetFromJsonAsync<List<LocalUser>>("/api/local/users"))!;
        var zhu = users.Single(u => u.Name == "朱浩然").Id;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(new OutboxRequest(
                OutboxKinds.IntegrityMessage,
                "local-link",
                new OutboundMessage("请阅读通知。", "通知", Buttons: [MessageButton.Link("打开通知", url), new MessageButton("查看全文", "start:notice:1")]),
                [int.Parse(zhu, System.Globalization.CultureInfo.InvariantCulture)],
                "收到"), CancellationToken.None);
        }

        var body = await _http.GetFromJsonAsync<JsonElement>($"/api/local/messages?userId={zhu}&after=0");

        var buttons = body.GetProperty("messages")[0].GetProperty("buttons").EnumerateArray()
            .Select(b => string.Join(",", b.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetString()))).ToList();
        Assert.Equal(3, buttons.Count);
        Assert.StartsWith("label=收到,action=ack:", buttons[0], StringComparison.Ordinal);
        Assert.Equal("label=打开通知,url=" + url, buttons[1]);
        Assert.Equal("label=查看全文,action=start:notice:1", buttons[2]);
    }

    [Fact]
    public async Task An_oversized_body_is_refused_before_it_is_read_and_malformed_json_is_a_400()
    {
        var huge = new StringContent("{\"userId\":\"1\",\"text\":\"" + new string('廉', 9_000_000) + "\"}", Encoding.UTF8, "application/json");
        var refused = await _http.PostAsync("/api/local/messages", huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("消息太长", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var malformed = await _http.PostAsync("/api/local/messages", new StringContent("{\"userId\":", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
    }

    [Fact]
    public async Task The_database_and_its_wal_and_shm_files_are_readable_by_their_owner_only()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes only");
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/healthz")).StatusCode);
        await _http.PostAsJsonAsync("/api/local/messages", new { userId = "1", text = "帮助" });
        foreach (var file in new[] { _app.DatabasePath, _app.DatabasePath + "-wal", _app.DatabasePath + "-shm" })
        {
            Assert.True(File.Exists(file), file);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, OperatingSystem.IsWindows() ? default : File.GetUnixFileMode(file));
        }
    }
}
