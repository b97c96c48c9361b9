using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Bot.Inbound;

/// <summary>An integrity message to the whole bureau on WeCom, the bot killed with SIGKILL after WeCom took the call but
/// before the bot heard back, then started again on the same database: every member gets it once, and nothing waits
/// out the dead process's lease.</summary>
public sealed class DeliveryCrashTests : IAsyncLifetime
{
    private FakeWeCom _fake = null!;
    private ProcessBot _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeWeCom.StartAsync();
        _bot = new ProcessBot(_fake.BotSettings());
    }

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    private Task<BotProcess> StartBotAsync() => _bot.StartAsync();

    private Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query) => _bot.QueryAsync(query);

    [Fact]
    public async Task A_broadcast_killed_after_WeCom_took_the_call_reaches_every_member_once_after_the_restart()
    {
        var bot = await StartBotAsync();
        int members;
        try
        {
            // Every active person of the demo bureau uses WeCom, with his 工号 as userid.
            members = await QueryAsync(async db =>
            {
                var staff = await db.Staff.Include(s => s.Roles).Where(s => s.IsActive).ToListAsync();
                db.ChannelIdentities.AddRange(staff.Select(s => new ChannelIdentity { StaffId = s.Id, Channel = Channels.WeCom, ChannelUserId = s.EmployeeNo }));
                await db.SaveChangesAsync();
                // The 派驻纪检监察组 is outside the bureau's staff: a message to 全体人员 is not theirs.
                return staff.Count(s => !s.HasRole(Lianzheng.Core.Personnel.StaffRole.DisciplineInspectionGroup));
            });
            var supervisor = await QueryAsync(db => db.Staff.SingleAsync(s => s.Name == "王秀兰"));
            using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
            var wang = new LocalChatClient(http, supervisor.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await wang.SaysAsync("发送廉政提醒");
            await wang.SaysAsync("元旦廉洁提醒");
            await wang.SaysAsync("元旦将至，请严守中央八项规定精神，廉洁过节。");
            await wang.ClicksAsync("全体人员");
            await wang.ClicksAsync("是");
            await wang.ClicksAsync("现在发送一次");
            _fake.SendAnswerDelay = TimeSpan.FromMinutes(10);
            await wang.ClicksAsync("是");
            wang.Hears("已发送给");

            // WeCom has delivered the call; its answer is held back, and the bot dies before it hears it.
            await Eventually.TrueAsync(async () => { await Task.Yield(); return _fake.MessagesPerUser.Count == members; }, "WeCom took the call", 30_000);
            await bot.KillAsync();
        }
        finally
        {
            await bot.DisposeAsync();
        }

        Assert.Equal(0, await QueryAsync(db => db.Deliveries.CountAsync(d => d.Channel == Channels.WeCom && d.Status == DeliveryStatus.Delivered)));
        Assert.Equal(members, await QueryAsync(db => db.Deliveries.CountAsync(d => d.Channel == Channels.WeCom && d.CallKey != null)));

        _fake.SendAnswerDelay = TimeSpan.Zero;
        await using var restarted = await StartBotAsync();
        await Eventually.TrueAsync(
            () => QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.WeCom).AllAsync(d => d.Status == DeliveryStatus.Delivered)),
            "every delivery recorded after the restart (without waiting out the lease)", 60_000);

        Assert.All(_fake.MessagesPerUser, m => Assert.True(m.Value == 1, $"{m.Key} got the message {m.Value} times"));
        Assert.Equal(members, _fake.MessagesPerUser.Count);
        Assert.Equal(1, _fake.DuplicatesSuppressed);
        Assert.Contains(_bot.Output, line => line.Contains("no longer running", StringComparison.Ordinal));
        Assert.All(await QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.WeCom).ToListAsync()), d => Assert.Null(d.CallKey));
    }

    [Fact]
    public async Task A_Teams_broadcast_killed_mid_way_repeats_at_most_the_requests_in_flight_and_loses_nobody()
    {
        const int Recipients = 200;
        const string Marker = "crash-test-5d1e";
        await using var teams = await FakeBotFramework.StartAsync();
        teams.RecordCalls = false;
        teams.ProactiveMarker = Marker;
        teams.ConnectorDelay = TimeSpan.FromMilliseconds(300);
        foreach (var (key, value) in teams.BotSettings())
        {
            _bot.Settings[key] = value;
        }

        var bot = await StartBotAsync();
        try
        {
            await QueryAsync(db => TeamsRecipients.AddWithMessageAsync(db, teams, Recipients, "T", "crash-test", $"请严守审计纪律（{Marker}）"));

            await Eventually.TrueAsync(async () => { await Task.Yield(); return teams.MarkedProactive.Count >= 20; }, "the first deliveries", 60_000);
            await bot.KillAsync();
        }
        finally
        {
            await bot.DisposeAsync();
        }

        teams.ConnectorDelay = TimeSpan.Zero;
        await using var restarted = await StartBotAsync();
        await Eventually.TrueAsync(
            () => QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.Teams).AllAsync(d => d.Status == DeliveryStatus.Delivered)),
            "every Teams delivery recorded after the restart (without waiting out the lease)", 60_000);

        Assert.Equal(Recipients, teams.MarkedProactive.Count);
        Assert.All(teams.MarkedProactive, p => Assert.InRange(p.Value, 1, 2));
        var repeated = teams.MarkedProactive.Count(p => p.Value == 2);
        Assert.True(repeated <= 32, $"{repeated} recipients got the message twice: more than the {32} requests in flight at once");
    }
}
