using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Tests.Scheduler;

/// <summary>WeCom's limits are per member (30 messages a minute, 1000 an hour), which one dispatcher's windows can keep
/// only if it sends everything a member gets: with two replicas on one database, each serves its half of the people, so
/// every call to the fake WeCom API names members of one half, and both halves are served.</summary>
public sealed class DeliveryPartitionTests
{
    private const string Dispatcher = "Lianzheng.Scheduler.Outbox.DeliveryDispatcher";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task Two_replicas_split_the_wecom_members_between_them_so_each_member_is_sent_to_by_one(DatabaseProvider provider)
    {
        await using var wecom = await FakeWeCom.StartAsync();
        var settings = new Dictionary<string, string>(wecom.BotSettings())
        {
            ["Scheduler:Enabled"] = "false",
            ["Delivery:HeartbeatInterval"] = "00:00:01",
            ["Logging:LogLevel:Lianzheng.Scheduler"] = "Information",
        };
        await using var store = await TestStore.CreateAsync(provider);
        var logs = new[] { new CapturedLog(), new CapturedLog() };
        await using var first = new BotApp(store, settings: settings);
        await using var second = new BotApp(store, settings: settings);
        var replicas = new[] { first, second }
            .Select((app, i) => app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<ILoggerProvider>(logs[i])))).ToList();
        _ = replicas[0].CreateClient();
        _ = replicas[1].CreateClient();
        await Eventually.TrueAsync(() => Task.FromResult(logs.All(l => l.Count(Dispatcher, "2 delivery dispatcher(s) running") > 0)),
            "the two dispatchers did not see each other");
        Assert.Equal(1, logs.Sum(l => l.Count(Dispatcher, "2 delivery dispatcher(s) running: each sends its share of the channels' limits; " +
            "on channels with limits per person this one serves part 1 of 2")));

        // The demo bureau's 26 people on WeCom, three messages to all of them.
        Dictionary<string, int> staffOf;
        await using (var scope = replicas[0].Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var staff = await db.Staff.ToListAsync(TestContext.Current.CancellationToken);
            db.ChannelIdentities.AddRange(staff.Select(s => new ChannelIdentity { StaffId = s.Id, Channel = Channels.WeCom, ChannelUserId = "u" + s.EmployeeNo }));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            staffOf = staff.ToDictionary(s => "u" + s.EmployeeNo, s => s.Id);
            var writer = scope.ServiceProvider.GetRequiredService<OutboxWriter>();
            foreach (var key in new[] { "partition-1", "partition-2", "partition-3" })
            {
                await writer.EnqueueAsync(new OutboxRequest("test.broadcast", key, new OutboundMessage("请严守审计纪律。", "廉政提醒"), [.. staff.Select(s => s.Id)]),
                    TestContext.Current.CancellationToken);
            }
        }

        await Eventually.TrueAsync(async () =>
        {
            await using var db = store.Open();
            return await db.Deliveries.Where(d => d.Channel == Channels.WeCom).AllAsync(d => d.Status == DeliveryStatus.Delivered);
        }, "every WeCom delivery done", 60_000);

        var halves = wecom.Sent.Select(call => call.Body["touser"]!.GetValue<string>().Split('|').Select(u => staffOf[u] % 2).Distinct().ToList()).ToList();
        Assert.All(halves, half => Assert.Single(half));
        Assert.Equal([0, 1], halves.Select(h => h[0]).Distinct().Order());
        Assert.Equal(staffOf.Count, wecom.MessagesPerUser.Count);
        Assert.All(wecom.MessagesPerUser, m => Assert.Equal(3, m.Value));
    }
}
