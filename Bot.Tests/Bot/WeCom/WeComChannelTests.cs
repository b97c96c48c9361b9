using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot.WeCom;

/// <summary>WeCom through the real host's /api/wecom/callback, against a fake WeCom API on 127.0.0.1.</summary>
public sealed class WeComChannelTests : IAsyncLifetime
{
    private const string Zhu = "ZhuHaoran";
    private FakeWeCom _fake = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;
    private long _msgId = 7000;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeWeCom.StartAsync();
        _app = new BotApp(BotApp.NewDatabasePath(), settings: _fake.BotSettings());
        _http = _app.CreateClient();
        // 朱浩然 (A013) and his leader 吴海燕 (A002) use WeCom.
        await LinkAsync("A013", Zhu);
        await LinkAsync("A002", "WuHaiyan");
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task The_callback_url_is_verified_with_the_decrypted_echostr_only_and_a_bad_signature_is_refused()
    {
        var response = await _http.GetAsync("/api/wecom/callback?" + FakeWeCom.VerificationQuery("1288432023552776189"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1288432023552776189", await response.Content.ReadAsStringAsync());

        var spoiled = FakeWeCom.VerificationQuery("1288432023552776189").Replace("msg_signature=", "msg_signature=0", StringComparison.Ordinal);
        var refused = await _http.GetAsync("/api/wecom/callback?" + spoiled);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal("", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_text_message_runs_a_turn_and_the_reply_goes_out_through_message_send_with_a_valid_token()
    {
        var response = await PostAsync(FakeWeCom.TextMessage(Zhu, "备案", ++_msgId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());

        var (body, token) = await NextSendAsync();
        Assert.Equal(_fake.CurrentToken, token);
        Assert.Equal(Zhu, body["touser"]!.GetValue<string>());
        Assert.Equal(FakeWeCom.AgentId, body["agentid"]!.GetValue<int>());
        Assert.Equal("template_card", body["msgtype"]!.GetValue<string>());
        var card = body["template_card"]!;
        Assert.Equal("button_interaction", card["card_type"]!.GetValue<string>());
        Assert.Contains("请选择要备案的事项类别", Text(card), StringComparison.Ordinal);
        Assert.Contains(card["button_list"]!.AsArray(), b => b!["text"]!.GetValue<string>() == "婚嫁");
    }

    [Fact]
    public async Task A_member_over_his_WeCom_limit_waits_alone_and_the_others_on_his_lane_are_answered_meanwhile()
    {
        // A colleague whose conversation falls on the same one of the worker's lanes as Zhu's (the lane is the order
        // key's hash; this test runs in the host's process, so it hashes alike).
        static uint Lane(string key) => (uint)StringComparer.Ordinal.GetHashCode(key) % 8;
        var neighbour = Enumerable.Range(0, 1000).Select(i => "Qin" + i).First(id => Lane(id) == Lane(Zhu));
        await LinkAsync("A014", neighbour);

        for (var i = 0; i <= WeComMemberLimiterPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(FakeWeCom.TextMessage(Zhu, "帮助", ++_msgId))).StatusCode);
        }

        await Eventually.TrueAsync(
            async () => { await Task.Yield(); return _fake.MessagesPerUser.GetValueOrDefault(Zhu) == WeComMemberLimiterPerMinute; },
            "Zhu's first 30 replies");
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(FakeWeCom.TextMessage(neighbour, "帮助", ++_msgId))).StatusCode);
        await Eventually.TrueAsync(
            async () => { await Task.Yield(); return _fake.MessagesPerUser.GetValueOrDefault(neighbour) == 1; },
            "the neighbour's reply while Zhu's 31st waits for his limit");

        Assert.Equal(WeComMemberLimiterPerMinute, _fake.MessagesPerUser[Zhu]);
        var waiting = await QueryAsync(db => db.InboundWork.Where(w => w.Channel == Channels.WeCom && w.OrderKey == Zhu && w.RepliedAt == null).ToListAsync());
        var last = Assert.Single(waiting);
        Assert.NotNull(last.ProcessedAt);
        Assert.Equal(0, last.RepliesSent);
    }

    private const int WeComMemberLimiterPerMinute = WeComMemberLimiter.PerMinute;

    [Fact]
    public async Task A_callback_retried_with_the_same_msg_id_is_answered_once()
    {
        var callback = FakeWeCom.Callback(FakeWeCom.TextMessage(Zhu, "帮助", ++_msgId));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(callback)).StatusCode);
        }

        await NextSendAsync();
        await Eventually.TrueAsync(_app.AllInboundHandledAsync, "the turn and its reply");
        Assert.Single(_fake.Sent);
        Assert.Equal(1, await QueryAsync(db => db.InboundWork.CountAsync()));
    }

    [Fact]
    public async Task Entering_the_app_greets_and_an_unknown_member_is_told_politely_he_is_not_in_the_directory()
    {
        await PostAsync(FakeWeCom.EnterAgent(Zhu));
        Assert.Contains("请选择要办理的事项", Text((await NextSendAsync()).Body), StringComparison.Ordinal);
        await SettleAsync();

        await PostAsync(FakeWeCom.TextMessage("stranger", "你好", ++_msgId));
        var (body, _) = await NextSendAsync();
        Assert.Equal("stranger", body["touser"]!.GetValue<string>());
        Assert.Equal("text", body["msgtype"]!.GetValue<string>());
        Assert.Contains("还不在本局的人员名录中", body["text"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_card_click_confirms_the_reminder_and_the_card_shows_it_confirmed()
    {
        long messageId;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var zhu = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.SingleAsync(s => s.EmployeeNo == "A013");
            var message = await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(
                new OutboxRequest("test.reminder", "wecom-test-1", new OutboundMessage("元旦将至，请严守廉洁纪律。", "节日廉政提醒"), [zhu.Id], "已阅"),
                CancellationToken.None);
            messageId = message.Id;
        }

        var (sent, _) = await NextSendAsync();
        var button = sent["template_card"]!["button_list"]!.AsArray().Single(b => b!["text"]!.GetValue<string>() == "已阅")!;
        Assert.Equal(Actions.Acknowledge(messageId), button["key"]!.GetValue<string>());
        await Eventually.TrueAsync(
            () => QueryAsync(db => db.Deliveries.AnyAsync(d => d.MessageId == messageId && d.Channel == Channels.WeCom && d.Status == DeliveryStatus.Delivered)),
            "delivered");

        await PostAsync(FakeWeCom.CardClick(Zhu, button["key"]!.GetValue<string>(), sent["template_card"]!["task_id"]!.GetValue<string>(), "rc-1"));
        await Eventually.TrueAsync(async () => { await Task.Yield(); return !_fake.CardUpdates.IsEmpty; }, "the card update");
        var update = Assert.Single(_fake.CardUpdates);
        Assert.Equal("rc-1", update["response_code"]!.GetValue<string>());
        Assert.Equal("已确认", update["button"]!["replace_name"]!.GetValue<string>());
        Assert.Equal(Zhu, update["userids"]![0]!.GetValue<string>());
        Assert.True(await QueryAsync(db => db.Deliveries.AnyAsync(d => d.MessageId == messageId && d.ConfirmedAt != null)));
    }

    [Fact]
    public async Task An_expired_token_is_fetched_again_once_and_the_call_retried()
    {
        await PostAsync(FakeWeCom.TextMessage(Zhu, "帮助", ++_msgId));
        await NextSendAsync();
        await SettleAsync();
        Assert.Equal(1, _fake.TokensIssued);

        _fake.ExpireTokenOnNextCall();
        await PostAsync(FakeWeCom.TextMessage(Zhu, "菜单", ++_msgId));
        var (_, token) = await NextSendAsync();
        Assert.Equal(2, _fake.TokensIssued);
        Assert.Equal("token-2", token);
    }

    [Fact]
    public async Task Malformed_hostile_oversized_unsigned_and_stale_callbacks_are_refused_without_side_effects()
    {
        var (query, _) = FakeWeCom.Callback(FakeWeCom.TextMessage(Zhu, "备案", ++_msgId));
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(query, "<xml><Encrypt>unclosed")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(query, "not xml at all")).StatusCode);
        const string Bomb = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">""" +
            """<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">""" +
            """<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><xml><Encrypt>&lol3;</Encrypt></xml>""";
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(query, Bomb)).StatusCode);
        const string External = """<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><xml><Encrypt>&xxe;</Encrypt></xml>""";
        Assert.Equal(HttpStatusCode.BadRequest, (await PostRawAsync(query, External)).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await PostRawAsync(query, "<xml><Encrypt>" + new string('A', 70_000) + "</Encrypt></xml>")).StatusCode);

        var (signedQuery, body) = FakeWeCom.Callback(FakeWeCom.TextMessage(Zhu, "备案", ++_msgId), token: "not-the-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostRawAsync(signedQuery, body)).StatusCode);
        var stale = FakeWeCom.Callback(FakeWeCom.TextMessage(Zhu, "备案", ++_msgId), at: DateTimeOffset.UtcNow.AddHours(-1));
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(stale)).StatusCode);

        // Refused before anything is stored: there is nothing in the background to wait for.
        Assert.Equal(0, await QueryAsync(db => db.InboundWork.CountAsync()));
        Assert.Empty(_fake.Sent);
    }

    [Fact]
    public async Task A_message_to_many_goes_out_in_one_call_and_invalid_members_are_unreachable()
    {
        int[] recipients;
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var staff = await db.Staff.Where(s => s.EmployeeNo != "A013" && s.EmployeeNo != "A002").ToListAsync();
            db.ChannelIdentities.AddRange(staff.Select(s => new ChannelIdentity { StaffId = s.Id, Channel = Channels.WeCom, ChannelUserId = "u" + s.EmployeeNo }));
            await db.SaveChangesAsync();
            recipients = [.. (await db.Staff.ToListAsync()).Select(s => s.Id)];
            _fake.InvalidUsers["uA020"] = true;
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(
                new OutboxRequest("test.broadcast", "wecom-bulk-1", new OutboundMessage("请全体审计人员严格执行“四严禁”“八不准”。", "廉政提醒"), recipients, "已阅"),
                CancellationToken.None);
        }

        await Eventually.TrueAsync(
            () => QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.WeCom).AllAsync(d => d.Status != DeliveryStatus.Pending)),
            "all deliveries done");
        var call = Assert.Single(_fake.Sent);
        Assert.Equal(recipients.Length, call.Body["touser"]!.GetValue<string>().Split('|').Length);
        Assert.Equal(DeliveryStatus.Unreachable, await QueryAsync(db => db.Deliveries
            .Where(d => d.Channel == Channels.WeCom && d.Recipient!.EmployeeNo == "A020").Select(d => d.Status).SingleAsync()));
        Assert.Equal(recipients.Length - 1, await QueryAsync(db => db.Deliveries.CountAsync(d => d.Channel == Channels.WeCom && d.Status == DeliveryStatus.Delivered)));
    }

    [Fact]
    public async Task Two_outbox_messages_with_the_same_words_both_reach_the_member_and_a_card_asks_for_the_duplicate_check()
    {
        var zhu = await QueryAsync(db => db.Staff.SingleAsync(s => s.EmployeeNo == "A013"));
        foreach (var (key, confirm) in new[] { ("same-words-1", (string?)null), ("same-words-2", null), ("same-words-card", "已阅") })
        {
            await using var scope = _app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(
                new OutboxRequest("test.text", key, new OutboundMessage("请于今日下班前完成廉政承诺书签字。"), [zhu.Id], confirm), CancellationToken.None);
            await Eventually.TrueAsync(
                () => QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.WeCom && d.Message!.SourceKey == key).AllAsync(d => d.Status == DeliveryStatus.Delivered)),
                "the delivery of " + key);
        }

        Assert.Equal(3, _fake.MessagesPerUser[Zhu]);
        Assert.Equal(0, _fake.DuplicatesSuppressed);
        var sent = _fake.Sent.Select(s => s.Body).ToList();
        Assert.All(sent.Where(b => b["msgtype"]!.GetValue<string>() == "text"), b => Assert.Null(b["enable_duplicate_check"]));
        var card = Assert.Single(sent, b => b["msgtype"]!.GetValue<string>() == "template_card");
        Assert.Equal(1, card["enable_duplicate_check"]!.GetValue<int>());
        Assert.StartsWith("lz-m", card["template_card"]!["task_id"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task LinkAsync(string employeeNo, string userId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.SingleAsync(s => s.EmployeeNo == employeeNo);
        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = staff.Id, Channel = Channels.WeCom, ChannelUserId = userId });
        await db.SaveChangesAsync();
    }

    private async Task<(JsonObject Body, string Token)> NextSendAsync()
    {
        var seen = _seen;
        await Eventually.TrueAsync(async () => { await Task.Yield(); return _fake.Sent.Count > seen; }, "a message/send call");
        _seen++;
        return _fake.Sent.ElementAt(seen);
    }

    private int _seen;

    /// <summary>Waits until every turn is done and its replies sent, and counts them all as seen.</summary>
    private async Task SettleAsync()
    {
        await Eventually.TrueAsync(_app.AllInboundHandledAsync, "every turn and its replies");
        _seen = _fake.Sent.Count;
    }

    private static string Text(JsonNode node) =>
        node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    private Task<HttpResponseMessage> PostAsync(string innerXml) => PostAsync(FakeWeCom.Callback(innerXml));

    private Task<HttpResponseMessage> PostAsync((string Query, string Body) callback) => PostRawAsync(callback.Query, callback.Body);

    private Task<HttpResponseMessage> PostRawAsync(string query, string body) =>
        _http.PostAsync("/api/wecom/callback?" + query, new StringContent(body, Encoding.UTF8, "text/xml"));

    private async Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }
}
