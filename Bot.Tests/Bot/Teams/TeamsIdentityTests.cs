using System.Net;
using System.Text.Json.Nodes;
using Lianzheng.Bot.Teams;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Lianzheng.Tests.Bot.Teams;

/// <summary>Identities only within the bureau, through the real host against the fake Bot Framework: other tenants are
/// refused, an existing link is never taken over, group chats and channels get only the request to talk 1:1, the
/// service-URL allow-list, and malformed activities.</summary>
public sealed class TeamsIdentityTests : IAsyncLifetime
{
    private const string Zhu = "29:zhu";
    private const string ZhuSecond = "29:zhu-second";
    private const string ZhuEmail = "A013@demo-audit.example";
    private const string OtherTenant = "tenant-other";
    private FakeBotFramework _fake = null!;
    private string _database = null!;
    private BotApp? _app;
    private HttpClient _http = null!;
    private TeamsTestKit _teams = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _fake.Emails[Zhu] = ZhuEmail;
        _database = BotApp.NewDatabasePath();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _fake.DisposeAsync();
    }

    private void Start(Func<Dictionary<string, string>, Dictionary<string, string>>? adjust = null)
    {
        var settings = _fake.BotSettings();
        _app = new BotApp(_database, settings: adjust?.Invoke(settings) ?? settings);
        _http = _app.CreateClient();
        _teams = new TeamsTestKit(_fake, _http, _app.AllInboundHandledAsync);
    }

    private async Task StopAsync()
    {
        if (_app is not null)
        {
            _http.Dispose();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    private static Dictionary<string, string> WithoutTenant(Dictionary<string, string> settings)
    {
        settings.Remove("Channels:Teams:TenantId");
        return settings;
    }

    private async Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }

    private static JsonObject InTenant(JsonObject activity, string tenant)
    {
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"]!["tenant"]!["id"] = tenant;
        return activity;
    }

    private static JsonObject InConversation(JsonObject activity, string conversationId, string type)
    {
        activity["conversation"]!["id"] = conversationId;
        activity["conversation"]!["conversationType"] = type;
        activity["conversation"]!["isGroup"] = true;
        return activity;
    }

    private JsonObject CardAction(string userId, string action) => _teams.Activity(userId, type: "invoke", name: "adaptiveCard/action", value: new JsonObject
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "lianzheng", ["data"] = new JsonObject { ["action"] = action } },
        ["trigger"] = "manual",
    });

    /// <summary>Links 王秀兰 (the demo bureau's 廉政监督员) to a Teams account, so that what she is told shows in Teams.</summary>
    private async Task LinkSupervisorAsync()
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var supervisor = await db.Staff.SingleAsync(s => s.Name == "王秀兰");
        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = supervisor.Id, Channel = Channels.Teams, ChannelUserId = "29:wang" });
        db.TeamsConversations.Add(new TeamsConversation
        {
            TeamsUserId = "29:wang", StaffId = supervisor.Id, TenantId = FakeBotFramework.Tenant, ServiceUrl = _fake.ServiceUrl,
            BotId = "28:" + FakeBotFramework.AppId, ConversationId = "a:conv-29:wang", UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    /// <summary>A link made before the guard existed, into another tenant (the takeover of issue 11).</summary>
    private async Task<int> LinkIntoAsync(string name, string teamsUserId, string tenant)
    {
        await using var scope = _app!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.SingleAsync(s => s.Name == name);
        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = staff.Id, Channel = Channels.Teams, ChannelUserId = teamsUserId });
        db.TeamsConversations.Add(new TeamsConversation
        {
            TeamsUserId = teamsUserId, StaffId = staff.Id, TenantId = tenant, ServiceUrl = _fake.ServiceUrl,
            BotId = "28:" + FakeBotFramework.AppId, ConversationId = "a:conv-" + teamsUserId, UpdatedAt = DateTimeOffset.UtcNow,
        });
        await db.SaveChangesAsync();
        return staff.Id;
    }

    private async Task<DeliveryStatus> DeliverAsync(int staffId, string key)
    {
        await using (var scope = _app!.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(
                new OutboxRequest("test.notice", key, new OutboundMessage("备案通知"), [staffId], "已阅"), CancellationToken.None);
        }

        await Eventually.TrueAsync(
            () => QueryAsync(db => db.Deliveries.AnyAsync(d => d.Channel == Channels.Teams && d.Message!.SourceKey == key && d.Status != DeliveryStatus.Pending)),
            "the Teams delivery of " + key);
        return await QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.Teams && d.Message!.SourceKey == key).Select(d => d.Status).SingleAsync());
    }

    [Fact]
    public async Task An_old_link_into_another_tenant_gets_no_notices_and_links_from_several_tenants_decide_nothing()
    {
        Start();
        var leader = await LinkIntoAsync("吴海燕", "29:foreign-wu", "tenant-evil");
        Assert.Equal(DeliveryStatus.Unreachable, await DeliverAsync(leader, "configured"));
        Assert.Empty(_fake.ActivitiesTo("a:conv-29:foreign-wu"));
        await StopAsync();

        // No tenant configured, none remembered, and the old links disagree: no tenant is guessed, every one is refused.
        Start(WithoutTenant);
        await LinkIntoAsync("王秀兰", "29:wang-home", FakeBotFramework.Tenant);
        Assert.Equal(DeliveryStatus.Unreachable, await DeliverAsync(leader, "ambiguous"));
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await _teams.PostAsync(_teams.Activity("29:wang-home", text: "我的备案"))).StatusCode);
        Assert.Empty(_fake.ActivitiesTo("a:conv-29:foreign-wu"));
    }

    [Fact]
    public async Task With_a_configured_tenant_activities_from_another_tenant_are_refused_and_leave_no_trace()
    {
        Start();
        _fake.Emails["29:intruder"] = "a002@demo-audit.example"; // 吴海燕, a leader, not yet on Teams

        var message = await _teams.PostAsync(InTenant(_teams.Activity("29:intruder", text: "我的备案"), OtherTenant));
        var invoke = await _teams.PostAsync(InTenant(CardAction("29:intruder", Actions.Menu), OtherTenant));
        var install = await _teams.PostAsync(InTenant(_teams.Activity("29:intruder", type: "installationUpdate"), OtherTenant));
        var noTenant = _teams.Activity("29:intruder", text: "我的备案");
        noTenant["conversation"]!.AsObject().Remove("tenantId");
        noTenant.Remove("channelData");
        var withoutTenant = await _teams.PostAsync(noTenant);

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [message.StatusCode, invoke.StatusCode, install.StatusCode, withoutTenant.StatusCode]);
        Assert.Equal("", await invoke.Content.ReadAsStringAsync());
        Assert.Empty(_fake.Calls);
        Assert.False(await QueryAsync(db => db.InboundWork.AnyAsync()));
        Assert.False(await QueryAsync(db => db.TeamsConversations.AnyAsync()));
        Assert.False(await QueryAsync(db => db.ChannelIdentities.AnyAsync(c => c.Channel == Channels.Teams)));

        // The bureau's own tenant is served as before.
        Assert.Contains("请选择要办理的事项", TeamsTestKit.Read((await _teams.SayAsync(Zhu, "菜单")).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_configured_tenant_the_first_tenant_that_links_is_remembered_across_a_restart_and_others_are_refused()
    {
        Start(WithoutTenant);
        _fake.Emails["29:intruder"] = "a002@demo-audit.example";
        await _teams.SayAsync(Zhu, "菜单");
        Assert.Equal(FakeBotFramework.Tenant, await QueryAsync(db => db.ChannelTenants.Select(t => t.TenantId).SingleAsync()));

        var refused = await _teams.PostAsync(InTenant(_teams.Activity("29:intruder", text: "我的备案"), OtherTenant));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        await StopAsync();
        Start(WithoutTenant);
        var afterRestart = await _teams.PostAsync(InTenant(_teams.Activity("29:intruder", text: "我的备案"), OtherTenant));
        Assert.Equal(HttpStatusCode.Forbidden, afterRestart.StatusCode);
        Assert.False(await QueryAsync(db => db.TeamsConversations.AnyAsync(c => c.TeamsUserId == "29:intruder")));
        Assert.Equal([Zhu], await QueryAsync(db => db.ChannelIdentities.Where(c => c.Channel == Channels.Teams).Select(c => c.ChannelUserId).ToListAsync()));
        Assert.Contains("请选择要办理的事项", TeamsTestKit.Read((await _teams.SayAsync(Zhu, "菜单")).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_account_with_a_linked_persons_email_is_not_linked_is_asked_to_see_the_supervisor_and_the_supervisors_are_told_once()
    {
        Start();
        await LinkSupervisorAsync();
        await _teams.SayAsync(Zhu, "菜单");
        _fake.Emails[ZhuSecond] = ZhuEmail.ToUpperInvariant();

        var first = await _teams.SayAsync(ZhuSecond, "我的备案");
        var second = await _teams.SayAsync(ZhuSecond, "备案");

        foreach (var reply in new[] { first, second })
        {
            var card = TeamsTestKit.Read(Assert.Single(reply));
            Assert.Equal(TeamsTexts.LinkConflict, card);
            Assert.DoesNotContain("朱浩然", card, StringComparison.Ordinal);
        }

        Assert.Equal([Zhu], await QueryAsync(db => db.ChannelIdentities.Where(c => c.Channel == Channels.Teams && c.ChannelUserId != "29:wang")
            .Select(c => c.ChannelUserId).ToListAsync()));
        Assert.Null(await QueryAsync(db => db.TeamsConversations.Where(c => c.TeamsUserId == ZhuSecond).Select(c => c.StaffId).SingleAsync()));
        Assert.False(await QueryAsync(db => db.ConversationStates.AnyAsync(c => c.Key.Contains(ZhuSecond))));

        await Eventually.TrueAsync(async () => { await Task.Yield(); return _fake.ActivitiesTo("a:conv-29:wang").Any(); }, "the supervisor's notice");
        var notice = TeamsTestKit.Read(_fake.ActivitiesTo("a:conv-29:wang").Single().Body);
        Assert.Contains("朱浩然（工号 A013）", notice, StringComparison.Ordinal);
        Assert.Contains("link-teams --employee-no A013 --aad-object-id aad-29:zhu-second --replace", notice, StringComparison.Ordinal);
        Assert.Equal(1, await QueryAsync(db => db.OutboxMessages.CountAsync(m => m.Kind == OutboxKinds.IdentityNotice)));

        // The real 朱浩然 goes on as before.
        Assert.Contains("请选择要备案的事项类别", TeamsTestKit.Read((await _teams.SayAsync(Zhu, "备案")).Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_chat_or_a_channel_the_bot_only_asks_to_talk_one_to_one_and_the_personal_dialog_is_untouched()
    {
        Start();
        var cards = await _teams.SayAsync(Zhu, "备案");
        Assert.Contains("[婚嫁]", TeamsTestKit.Read(cards.Single()), StringComparison.Ordinal);
        var stateBefore = await QueryAsync(db => db.ConversationStates.AsNoTracking().SingleAsync());

        const string Group = "19:group-1@thread.v2";
        const string Channel = "19:channel-1@thread.tacv2";
        foreach (var (conversation, type, text) in new[] { (Group, "groupChat", "我的备案"), (Channel, "channel", "<at>廉政助手</at> 婚嫁") })
        {
            var response = await _teams.PostAsync(InConversation(_teams.Activity(Zhu, text: text), conversation, type));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            await Eventually.TrueAsync(async () => { await Task.Yield(); return _fake.ActivitiesTo(conversation).Any(); }, "the answer in " + type);
            Assert.Equal(TeamsTexts.PersonalOnly, TeamsTestKit.Read(_fake.ActivitiesTo(conversation).Single().Body));
        }

        // A card clicked in a group gets the same request as its answer, and nothing runs.
        var click = await _teams.PostAsync(InConversation(CardAction(Zhu, Actions.Menu), Group, "groupChat"));
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var body = JsonNode.Parse(await click.Content.ReadAsStringAsync())!;
        Assert.Equal(("application/vnd.microsoft.activity.message", TeamsTexts.PersonalOnly), (body["type"]!.GetValue<string>(), body["value"]!.GetValue<string>()));

        // No member lookups, no references or state for the group conversations; the personal dialog still waits.
        Assert.DoesNotContain(_fake.Calls, c => c.Path.Contains("19:", StringComparison.Ordinal) && c.Method == "GET");
        Assert.Single(_fake.ActivitiesTo(Group));
        var state = await QueryAsync(db => db.ConversationStates.AsNoTracking().SingleAsync());
        Assert.Equal((stateBefore.Key, stateBefore.StateJson), (state.Key, state.StateJson));
        Assert.Equal(TeamsTestKit.ConversationOf(Zhu), await QueryAsync(db => db.TeamsConversations.Select(c => c.ConversationId).SingleAsync()));
        cards = await _teams.ClickAsync(Zhu, TeamsTestKit.ButtonAction(cards, "婚嫁"));
        Assert.Contains("1. 本人", TeamsTestKit.Read(cards.Last()), StringComparison.Ordinal); // seven subjects: a numbered list
    }

    [Fact]
    public async Task Configured_service_url_hosts_replace_the_defaults()
    {
        Start(settings =>
        {
            settings["Channels:Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1";
            settings["Channels:Teams:AllowedServiceUrlHosts:1"] = "smba.infra.gcc.teams.microsoft.com";
            return settings;
        });
        var options = _app!.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;

        Assert.Equal(["127.0.0.1", "smba.infra.gcc.teams.microsoft.com"], options.ServiceUrlHosts);
        Assert.True(options.IsAllowedServiceUrl(_fake.ServiceUrl));
        Assert.True(options.IsAllowedServiceUrl("https://smba.infra.gcc.teams.microsoft.com/gcc/"));
        Assert.False(options.IsAllowedServiceUrl("https://smba.trafficmanager.net/teams/"));
    }

    [Fact]
    public async Task The_default_service_url_hosts_are_the_bot_framework_and_teams_hosts_of_each_cloud_only()
    {
        Start(settings =>
        {
            settings.Remove("Channels:Teams:AllowedServiceUrlHosts:0");
            return settings;
        });
        var options = _app!.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;

        foreach (var url in new[]
        {
            "https://smba.trafficmanager.net/teams/", "https://smba.trafficmanager.net/amer/", "https://directline.botframework.com/",
            "https://smba.infra.gcc.teams.microsoft.com/gcc/", "https://smba.infra.gov.teams.microsoft.us/gcch/",
            "https://smba.infra.dod.teams.microsoft.us/teams/", "https://directline.botframework.azure.us/",
            "https://directline.botframework.azure.cn/",
        })
        {
            Assert.True(options.IsAllowedServiceUrl(url), url);
        }

        foreach (var url in new[]
        {
            "https://evil.blob.core.windows.net/connector/", "https://evil.sharepoint.com/", "https://evil.svc.ms/",
            "https://evil.trafficmanager.net/", "https://evilsmba.trafficmanager.net/", "https://graph.microsoft.com/",
            "https://evil.teams.microsoft.com/", "http://smba.trafficmanager.net/teams/", _fake.ServiceUrl,
        })
        {
            Assert.False(options.IsAllowedServiceUrl(url), url);
        }
    }

    [Theory]
    [InlineData("message", "recipient")]
    [InlineData("invoke", "recipient")]
    [InlineData("message", "from")]
    [InlineData("invoke", "from")]
    [InlineData("message", "conversation")]
    [InlineData("invoke", "conversation")]
    [InlineData("message", "serviceUrl")]
    [InlineData("invoke", "serviceUrl")]
    public async Task An_activity_without_a_required_field_gets_400(string type, string field)
    {
        Start();
        var activity = type == "invoke" ? CardAction(Zhu, Actions.Menu) : _teams.Activity(Zhu, text: "菜单");
        activity.Remove(field);

        var response = await _teams.PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_fake.Calls);
        Assert.False(await QueryAsync(db => db.InboundWork.AnyAsync()));
    }
}
