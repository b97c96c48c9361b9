using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot.Teams;

/// <summary>Teams through the real host's POST /api/messages against a fake Bot Framework on 127.0.0.1.</summary>
public sealed class TeamsChannelTests : IAsyncLifetime
{
    private const string Zhu = "29:zhu";
    private FakeBotFramework _fake = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;
    private TeamsTestKit _teams = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _fake.Emails[Zhu] = "A013@demo-audit.example";
        // The notice a leader confirms in place is the notice-and-confirm of Filings:Review = NoticeOnly (review cards are
        // answered through the same card actions).
        var settings = _fake.BotSettings();
        settings["Filings:Review"] = "NoticeOnly";
        _app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        _http = _app.CreateClient();
        _teams = new TeamsTestKit(_fake, _http, _app.AllInboundHandledAsync);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private async Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }

    [Fact]
    public async Task A_signed_message_is_answered_with_a_card_posted_with_the_connector_token_and_the_user_is_linked_by_email()
    {
        var replies = await _teams.SayAsync(Zhu, "备案");

        var card = TeamsTestKit.Read(Assert.Single(replies));
        Assert.Contains("请选择要备案的事项类别", card, StringComparison.Ordinal);
        Assert.Contains("[婚嫁]", card, StringComparison.Ordinal);
        var post = _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Single();
        Assert.Equal("Bearer connector-token", post.Authorization);
        using var activity = JsonDocument.Parse(post.Body);
        Assert.Equal("application/vnd.microsoft.card.adaptive", activity.RootElement.GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Equal("1.5", activity.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("version").GetString());
        Assert.Equal(Zhu, activity.RootElement.GetProperty("recipient").GetProperty("id").GetString());

        var identity = await QueryAsync(db => db.ChannelIdentities.SingleAsync(c => c.Channel == Channels.Teams));
        var staff = await QueryAsync(db => db.Staff.SingleAsync(s => s.Id == identity.StaffId));
        Assert.Equal(("朱浩然", Zhu, "Asia/Shanghai"), (staff.Name, identity.ChannelUserId, staff.TimeZoneId));
        var reference = await QueryAsync(db => db.TeamsConversations.SingleAsync());
        Assert.Equal((_fake.ServiceUrl, FakeBotFramework.Tenant, TeamsTestKit.ConversationOf(Zhu), "28:" + FakeBotFramework.AppId),
            (reference.ServiceUrl, reference.TenantId, reference.ConversationId, reference.BotId));
    }

    [Fact]
    public async Task Forged_or_spoiled_tokens_get_401_and_no_reply()
    {
        var stranger = FakeBotFramework.NewKey(_fake.ChannelKey.KeyId!);
        var tokens = new Dictionary<string, string?>
        {
            ["wrong issuer"] = _fake.Token(issuer: "https://evil.example.com"),
            ["wrong audience"] = _fake.Token(audience: "11111111-1111-1111-1111-111111111111"),
            ["expired beyond the skew"] = _fake.Token(expires: DateTime.UtcNow.AddMinutes(-6), notBefore: DateTime.UtcNow.AddHours(-1)),
            ["not yet valid"] = _fake.Token(notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)),
            ["bad signature"] = _fake.Token(key: stranger),
            ["unknown key"] = _fake.Token(key: FakeBotFramework.NewKey("key-unknown")),
            ["key without endorsement"] = _fake.Token(key: _fake.UnendorsedKey),
            ["serviceurl of someone else"] = _fake.Token(serviceUrl: "https://smba.trafficmanager.net/teams/"),
            ["not a jwt"] = "abc.def",
        };
        foreach (var (what, token) in tokens)
        {
            var response = await _teams.PostAsync(_teams.Activity(Zhu, text: "备案"), token);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{what}: {response.StatusCode}");
        }

        var anonymous = await _teams.PostAsync(_teams.Activity(Zhu, text: "备案"), withToken: false);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var expiredWithinSkew = await _teams.PostAsync(_teams.Activity(Zhu, text: "菜单"),
            _fake.Token(expires: DateTime.UtcNow.AddMinutes(-3), notBefore: DateTime.UtcNow.AddHours(-1)));
        Assert.Equal(HttpStatusCode.OK, expiredWithinSkew.StatusCode);
        await Eventually.TrueAsync(async () => await _app.AllInboundHandledAsync() && _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Any(), "the one valid turn");
        Assert.Single(_fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)));
        Assert.Equal(1, await QueryAsync(db => db.InboundWork.CountAsync()));
    }

    [Fact]
    public async Task A_token_signed_by_a_newly_published_key_is_accepted_at_once_and_a_second_unknown_key_within_five_minutes_fetches_nothing()
    {
        await _teams.SayAsync(Zhu, "菜单");
        Assert.Equal(1, _fake.KeySetsServed);

        var rotated = FakeBotFramework.NewKey("key-rotated");
        _fake.PublishKey(rotated, "msteams");
        var replies = await _teams.ExchangeAsync(Zhu, _teams.Activity(Zhu, text: "帮助"), _fake.Token(key: rotated));
        Assert.Single(replies);
        Assert.Equal(2, _fake.KeySetsServed);

        // The refresh interval: a key published now is not looked for again before five minutes have passed.
        var later = FakeBotFramework.NewKey("key-later");
        _fake.PublishKey(later, "msteams");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _teams.PostAsync(_teams.Activity(Zhu, text: "帮助"), _fake.Token(key: later))).StatusCode);
        Assert.Equal(2, _fake.KeySetsServed);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("{\"type\":\"message\",\"from\":12}")]
    public async Task Malformed_bodies_get_400(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new("Bearer", _fake.Token());
        Assert.Equal(HttpStatusCode.BadRequest, (await _http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_redelivered_activity_is_processed_once_and_other_types_are_acknowledged()
    {
        var activity = _teams.Activity(Zhu, text: "菜单", id: "same-id");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _teams.PostAsync(activity)).StatusCode);
        }

        await Eventually.TrueAsync(async () => await _app.AllInboundHandledAsync() && _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Any(), "the reply");
        Assert.Single(_fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)));

        Assert.Equal(HttpStatusCode.OK, (await _teams.PostAsync(_teams.Activity(Zhu, type: "typing"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotImplemented, (await _teams.PostAsync(_teams.Activity(Zhu, type: "invoke", name: "composeExtension/query"))).StatusCode);
    }

    [Fact]
    public async Task A_reply_the_Connector_refuses_more_often_than_the_client_retries_is_sent_again_from_its_stored_copy_without_running_the_turn_again()
    {
        await _teams.SayAsync(Zhu, "备案");
        await _teams.SayAsync(Zhu, "婚嫁");
        await _teams.SayAsync(Zhu, "2");
        await _teams.SayAsync(Zhu, "下周六");
        Assert.Contains("预计办多少桌", TeamsTestKit.Read(Assert.Single(await _teams.SayAsync(Zhu, "县城国际大酒店"))), StringComparison.Ordinal);

        // More 503s than one Connector call retries: the first call gives up, the stored reply is sent again later.
        _fake.Scripted["/activities/act-tables"] = new(Enumerable.Repeat((503, (int?)null), 6));
        Assert.Equal(HttpStatusCode.OK, (await _teams.PostAsync(_teams.Activity(Zhu, text: "10", id: "act-tables"))).StatusCode);
        await Eventually.TrueAsync(
            () => QueryAsync(db => db.InboundWork.AnyAsync(w => w.DedupKey.EndsWith("|act-tables") && w.RepliedAt != null)), "the reply sent", 30_000);

        Assert.Equal(1, _fake.RepliesTo["act-tables"]);
        var delivered = _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Last(c => c.Path.EndsWith("/activities/act-tables", StringComparison.Ordinal));
        Assert.Contains("预计参加多少人", TeamsTestKit.Read(delivered.Body), StringComparison.Ordinal);
        var row = await QueryAsync(db => db.InboundWork.SingleAsync(w => w.DedupKey.EndsWith("|act-tables")));
        Assert.Equal((1, 1), (row.Attempts, row.RepliesSent));

        // The dialog is where the person thinks it is: his next answer is the number of guests.
        var next = TeamsTestKit.Read(Assert.Single(await _teams.SayAsync(Zhu, "120")));
        Assert.DoesNotContain("预计参加多少人", next, StringComparison.Ordinal);
        Assert.DoesNotContain("不在选项中", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_being_retried_keeps_its_place_before_the_later_replies_of_the_same_conversation()
    {
        _fake.Scripted["/activities/act-first"] = new(Enumerable.Repeat((503, (int?)null), 5));
        Assert.Equal(HttpStatusCode.OK, (await _teams.PostAsync(_teams.Activity(Zhu, text: "帮助", id: "act-first"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _teams.PostAsync(_teams.Activity(Zhu, text: "菜单", id: "act-second"))).StatusCode);
        await Eventually.TrueAsync(
            async () => _fake.RepliesTo.GetValueOrDefault("act-first") == 1 && _fake.RepliesTo.GetValueOrDefault("act-second") == 1
                && await QueryAsync(db => db.InboundWork.AllAsync(w => w.RepliedAt != null)),
            "both replies", 30_000);

        var paths = _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Select(c => c.Path).ToList();
        var lastOfFirst = paths.FindLastIndex(p => p.EndsWith("/act-first", StringComparison.Ordinal));
        var firstOfSecond = paths.FindIndex(p => p.EndsWith("/act-second", StringComparison.Ordinal));
        Assert.True(lastOfFirst < firstOfSecond, "the reply to 菜单 went out before the retried reply to 帮助: " + string.Join(", ", paths));
    }

    [Fact]
    public async Task A_429_with_retry_after_is_honoured()
    {
        _fake.Scripted["/activities/act-429"] = new([(429, 1)]);
        Assert.Equal(HttpStatusCode.OK, (await _teams.PostAsync(_teams.Activity(Zhu, text: "菜单", id: "act-429"))).StatusCode);
        await Eventually.TrueAsync(async () => { await Task.Yield(); return _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Count() == 2; }, "the retried reply");
        var calls = _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).ToList();
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromSeconds(1), $"retried after {(calls[1].At - calls[0].At).TotalMilliseconds} ms, before Retry-After");
        Assert.Contains("请选择要办理的事项", TeamsTestKit.Read(calls[1].Body), StringComparison.Ordinal);
        Assert.Equal("act-429", JsonNode.Parse(calls[1].Body)!["replyToId"]!.GetValue<string>());
        Assert.Equal(1, _fake.TokensIssued);
    }

    [Fact]
    public async Task A_whole_filing_runs_with_card_clicks_and_the_leader_gets_the_notice_proactively_and_confirms_it_in_place()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var leader = await db.Staff.SingleAsync(s => s.Name == "吴海燕");
            var supervisor = await db.Staff.SingleAsync(s => s.Name == "王秀兰");
            foreach (var (staff, teamsId) in new[] { (leader, "29:wu"), (supervisor, "29:wang") })
            {
                db.ChannelIdentities.Add(new ChannelIdentity { StaffId = staff.Id, Channel = Channels.Teams, ChannelUserId = teamsId });
                db.TeamsConversations.Add(new TeamsConversation
                {
                    TeamsUserId = teamsId, StaffId = staff.Id, TenantId = FakeBotFramework.Tenant, ServiceUrl = _fake.ServiceUrl,
                    BotId = "28:" + FakeBotFramework.AppId, UpdatedAt = DateTimeOffset.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        _fake.Scripted["a:created-29:wang/activities"] = new([(403, null)]);

        var cards = await _teams.SayAsync(Zhu, "备案");
        cards = await _teams.ClickAsync(Zhu, TeamsTestKit.ButtonAction(cards, "婚嫁"));
        // Seven subjects are more than a card's buttons: listed and answered by typing.
        cards = await _teams.SayAsync(Zhu, "本人");
        Assert.Contains("婚嫁的日期", TeamsTestKit.Read(cards.Last()), StringComparison.Ordinal);
        await _teams.SayAsync(Zhu, "下周六");
        await _teams.SayAsync(Zhu, "县城国际大酒店");
        await _teams.SayAsync(Zhu, "10");
        cards = await _teams.SayAsync(Zhu, "100");
        cards = await _teams.ClickAsync(Zhu, TeamsTestKit.ButtonAction(cards, "否")); // 同城合办
        cards = await _teams.SayAsync(Zhu, "0"); // cars
        cards = await _teams.ClickAsync(Zhu, TeamsTestKit.ButtonAction(cards, "否"));
        cards = await _teams.ClickAsync(Zhu, TeamsTestKit.ButtonAction(cards, "否"));
        Assert.Contains("地点：县城国际大酒店", TeamsTestKit.Read(cards.Last()), StringComparison.Ordinal);
        cards = await _teams.ClickAsync(Zhu, TeamsTestKit.ButtonAction(cards, "确认提交"));
        Assert.Contains("备案成功", TeamsTestKit.Read(cards.Last()), StringComparison.Ordinal);

        await Eventually.TrueAsync(async () => { await Task.Yield(); return _fake.ActivitiesTo("a:created-29:wu").Any(); }, "the leader's notice in Teams");
        Assert.Contains(_fake.Calls, c => c.Method == "POST" && c.Path == "/connector/v3/conversations" && c.Body.Contains("29:wu", StringComparison.Ordinal));
        var notice = _fake.ActivitiesTo("a:created-29:wu").Single().Body;
        Assert.Contains("朱浩然 报备了个人事项（婚嫁）", TeamsTestKit.Read(notice), StringComparison.Ordinal);
        Assert.Contains("\"Action.Execute\"", notice, StringComparison.Ordinal);

        await Eventually.TrueAsync(() => QueryAsync(db => db.Deliveries.AnyAsync(d => d.Channel == Channels.Teams && d.Status == DeliveryStatus.Unreachable)),
            "the blocked supervisor marked unreachable");
        await Eventually.TrueAsync(
            () => QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.Teams).AllAsync(d => d.Status != DeliveryStatus.Pending)),
            "every Teams delivery settled");
        Assert.Single(_fake.ActivitiesTo("a:created-29:wang"));
        var deliveries = await QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.Teams).ToListAsync());
        Assert.Equal(2, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal(1, d.Attempts));
        Assert.Equal(DeliveryStatus.Delivered, deliveries.Single(d => d.Status != DeliveryStatus.Unreachable).Status);

        var ack = TeamsTestKit.ButtonAction([notice], "已阅");
        var invoke = _teams.Activity("29:wu", type: "invoke", name: "adaptiveCard/action", value: new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "lianzheng", ["data"] = new JsonObject { ["action"] = ack } },
            ["trigger"] = "manual",
        });
        var response = await _teams.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var updated = body["value"]!.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Matches(@"已确认 · \d{1,2}月\d{1,2}日 \d{2}:\d{2}", updated);
        Assert.DoesNotContain("Action.Execute", updated, StringComparison.Ordinal);
        Assert.True(await QueryAsync(db => db.Deliveries.AnyAsync(d => d.Channel == Channels.Teams && d.ConfirmedAt != null)));
    }

    [Fact]
    public async Task An_unknown_teams_user_is_told_he_is_not_in_the_directory_and_nothing_else()
    {
        var replies = await _teams.SayAsync("29:stranger", "备案");
        Assert.Contains("不在本局的人员名录中", TeamsTestKit.Read(Assert.Single(replies)), StringComparison.Ordinal);
        Assert.False(await QueryAsync(db => db.ConversationStates.AnyAsync()));
    }
}
