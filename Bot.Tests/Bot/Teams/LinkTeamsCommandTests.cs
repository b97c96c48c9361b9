using Lianzheng.Bot.Teams;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot.Teams;

/// <summary>`link-teams`: the explicit act that links a Teams account or moves a link, run through the bot's verb entry point
/// beside a running bot on the same database.</summary>
public sealed class LinkTeamsCommandTests : IAsyncLifetime
{
    private const string Zhu = "29:zhu";
    private const string ZhuSecond = "29:zhu-second";
    private FakeBotFramework _fake = null!;
    private string _database = null!;
    private BotApp _app = null!;
    private HttpClient _http = null!;
    private TeamsTestKit _teams = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _fake.Emails[Zhu] = "a013@demo-audit.example";
        _fake.Emails[ZhuSecond] = "a013@demo-audit.example";
        _database = BotApp.NewDatabasePath();
        _app = new BotApp(_database, settings: _fake.BotSettings());
        _http = _app.CreateClient();
        _teams = new TeamsTestKit(_fake, _http, _app.AllInboundHandledAsync);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private async Task<(int Exit, string Output)> LinkTeamsAsync(params string[] args)
    {
        var (exit, output, errors) = await BotVerb.RunAsync(_database, ["link-teams", .. args],
            ["--Logging:LogLevel:Default=Warning", .. _fake.BotSettings().Select(s => $"--{s.Key}={s.Value}")]);
        return (exit, output + errors);
    }

    private async Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }

    [Fact]
    public async Task A_link_is_moved_to_another_account_only_explicitly_and_the_person_is_then_reached_there()
    {
        await _teams.SayAsync(Zhu, "菜单");
        Assert.Equal(TeamsTexts.LinkConflict, TeamsTestKit.Read((await _teams.SayAsync(ZhuSecond, "菜单")).Single()));

        var refused = await LinkTeamsAsync("--employee-no", "A013", "--aad-object-id", "AAD-29:ZHU-SECOND");
        Assert.True(refused.Exit == 1, refused.Output);
        Assert.Contains("朱浩然（A013） 已关联 Teams 账号 用户（AAD aad-29:zhu，29:zhu）", refused.Output, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Output, StringComparison.Ordinal);
        Assert.Equal(Zhu, await QueryAsync(db => db.ChannelIdentities.Where(c => c.Channel == Channels.Teams).Select(c => c.ChannelUserId).SingleAsync()));

        var moved = await LinkTeamsAsync("--employee-no", "A013", "--aad-object-id", "aad-29:zhu-second", "--replace");
        Assert.True(moved.Exit == 0, moved.Output);
        Assert.Contains("已改为关联 Link moved: 朱浩然（A013） ↔ Teams 用户（AAD aad-29:zhu-second，29:zhu-second）", moved.Output, StringComparison.Ordinal);

        var staffId = await QueryAsync(db => db.Staff.Where(s => s.EmployeeNo == "A013").Select(s => s.Id).SingleAsync());
        Assert.Equal((ZhuSecond, staffId), await QueryAsync(async db =>
        {
            var identity = await db.ChannelIdentities.SingleAsync(c => c.Channel == Channels.Teams);
            return (identity.ChannelUserId, identity.StaffId);
        }));
        Assert.Equal([(Zhu, (int?)null), (ZhuSecond, staffId)], await QueryAsync(async db =>
            (await db.TeamsConversations.OrderBy(c => c.TeamsUserId).Select(c => new { c.TeamsUserId, c.StaffId }).ToListAsync())
                .Select(c => (c.TeamsUserId, c.StaffId)).ToList()));

        // The running bot knows the new account at once, and what is sent to 朱浩然 goes there, not to the old one.
        Assert.Contains("请选择要备案的事项类别", TeamsTestKit.Read((await _teams.SayAsync(ZhuSecond, "备案")).Single()), StringComparison.Ordinal);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(new OutboxRequest(
                OutboxKinds.IntegrityMessage, "after-move", new OutboundMessage("请严守审计纪律（after-move）", "廉政提醒"), [staffId]),
                TestContext.Current.CancellationToken);
        }

        await Eventually.TrueAsync(() => QueryAsync(db => db.Deliveries.AnyAsync(d => d.Channel == Channels.Teams && d.Status == DeliveryStatus.Delivered)),
            "the message delivered in Teams");
        Assert.Contains(_fake.ActivitiesTo(TeamsTestKit.ConversationOf(ZhuSecond)), c => c.Body.Contains("after-move", StringComparison.Ordinal));
        Assert.DoesNotContain(_fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)), c => c.Body.Contains("after-move", StringComparison.Ordinal));

        var again = await LinkTeamsAsync("--employee-no", "A013", "--teams-user-id", ZhuSecond);
        Assert.True(again.Exit == 0, again.Output);
        Assert.Contains("已是此关联", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_account_an_account_of_another_tenant_and_bad_arguments_are_refused()
    {
        await _teams.SayAsync(Zhu, "菜单");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            db.TeamsConversations.Add(new TeamsConversation
            {
                TeamsUserId = "29:outsider", AadObjectId = "aad-outsider", TenantId = "tenant-other", ServiceUrl = _fake.ServiceUrl,
                BotId = "28:" + FakeBotFramework.AppId, UpdatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var unknown = await LinkTeamsAsync("--employee-no", "A002", "--aad-object-id", "aad-nobody");
        Assert.True(unknown.Exit == 1, unknown.Output);
        Assert.Contains("机器人还没有收到过 Teams 账号 aad-nobody 的消息", unknown.Output, StringComparison.Ordinal);

        var foreign = await LinkTeamsAsync("--employee-no", "A002", "--aad-object-id", "aad-outsider");
        Assert.True(foreign.Exit == 1, foreign.Output);
        Assert.Contains("属于租户 tenant-other，不是本局的租户 tenant-1", foreign.Output, StringComparison.Ordinal);

        var nobody = await LinkTeamsAsync("--employee-no", "Z999", "--aad-object-id", "aad-29:zhu");
        Assert.True(nobody.Exit == 1, nobody.Output);

        var usage = await LinkTeamsAsync("--employee-no", "A002");
        Assert.True(usage.Exit == 2, usage.Output);
        Assert.Contains("link-teams --employee-no <工号>", usage.Output, StringComparison.Ordinal);

        Assert.Equal([Zhu], await QueryAsync(db => db.ChannelIdentities.Where(c => c.Channel == Channels.Teams).Select(c => c.ChannelUserId).ToListAsync()));
    }
}
