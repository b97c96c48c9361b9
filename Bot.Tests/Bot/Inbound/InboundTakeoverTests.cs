using Lianzheng.Core.Inbound;
using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Lianzheng.Tests.Bot.Teams;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Bot.Inbound;

/// <summary>A message is held by the replica that accepted it until it is answered. When that replica dies (its hold is
/// no longer renewed), another takes the message over and answers it; a message whose holder is alive is left to it.</summary>
public sealed class InboundTakeoverTests
{
    private const string Zhu = "29:zhu";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_message_whose_replica_died_is_answered_by_another_and_one_held_by_a_live_replica_is_left_to_it(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var fake = await FakeBotFramework.StartAsync();
        fake.Emails[Zhu] = "A013@demo-audit.example";
        await using var app = new BotApp(store, settings: new Dictionary<string, string>(fake.BotSettings()) { ["Inbound:Lease"] = "00:00:08" });
        using var http = app.CreateClient();
        var teams = new TeamsTestKit(fake, http, app.AllInboundHandledAsync);
        await teams.SayAsync(Zhu, "帮助");
        var answeredBefore = fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Count();

        // Two more messages of his, as another replica stored them: one on a machine that died 10 s ago (its hold ran out),
        // one on a machine still holding it for a minute.
        await using (var db = store.Open())
        {
            var said = await db.InboundWork.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
            var now = DateTimeOffset.UtcNow;
            db.InboundWork.AddRange(
                Copy(said, "from-dead-replica", "菜单", "other-host:4242:1:dead", now.AddSeconds(-10)),
                Copy(said, "from-live-replica", "备案", "other-host:4343:1:alive", now.AddMinutes(1)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await Eventually.TrueAsync(() => Answered(store, "from-dead-replica"), "the dead replica's message was not taken over", 60_000);
        // Its reply reached him; the live replica's message had none.
        Assert.True(fake.ActivitiesTo(TeamsTestKit.ConversationOf(Zhu)).Count() > answeredBefore);
        await using (var db = store.Open())
        {
            var taken = await db.InboundWork.AsNoTracking().SingleAsync(w => w.DedupKey == "from-dead-replica", TestContext.Current.CancellationToken);
            Assert.NotEqual("other-host:4242:1:dead", taken.LeaseOwner);
            var held = await db.InboundWork.AsNoTracking().SingleAsync(w => w.DedupKey == "from-live-replica", TestContext.Current.CancellationToken);
            Assert.Null(held.ProcessedAt);
            Assert.Equal("other-host:4343:1:alive", held.LeaseOwner);
        }
    }

    [Fact]
    public async Task A_persons_message_waits_for_his_earlier_one_that_another_replica_is_answering_and_runs_after_it()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using var fake = await FakeBotFramework.StartAsync();
        fake.Emails[Zhu] = "A013@demo-audit.example";
        var settings = new Dictionary<string, string>(fake.BotSettings()) { ["Logging:LogLevel:Lianzheng.Bot.Inbound"] = "Information" };
        await using var app = new BotApp(store, settings: settings);
        using var http = app.CreateClient();
        var teams = new TeamsTestKit(fake, http, app.AllInboundHandledAsync);
        await teams.SayAsync(Zhu, "帮助");

        // His 菜单 reached the other replica first, which is answering it now.
        await using (var db = store.Open())
        {
            var said = await db.InboundWork.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
            db.InboundWork.Add(Copy(said, "on-the-other-replica", "菜单", "other-host:4343:1:alive", DateTimeOffset.UtcNow.AddMinutes(1)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        // Then his 备案 reaches this one: it waits.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await teams.PostAsync(teams.Activity(Zhu, text: "备案", id: "later"))).StatusCode);
        await Eventually.TrueAsync(() => Task.FromResult(app.Logs.Logged(Microsoft.Extensions.Logging.LogLevel.Information, "waits for the same person's earlier message")),
            "the later message did not wait for the earlier one");
        await using (var db = store.Open())
        {
            Assert.False(await db.InboundWork.AnyAsync(w => w.DedupKey.EndsWith("later") && w.ProcessedAt != null, TestContext.Current.CancellationToken));
            // The other replica finishes its turn.
            await db.InboundWork.Where(w => w.DedupKey == "on-the-other-replica")
                .ExecuteUpdateAsync(u => u.SetProperty(w => w.ProcessedAt, DateTimeOffset.UtcNow).SetProperty(w => w.RepliedAt, DateTimeOffset.UtcNow),
                    TestContext.Current.CancellationToken);
        }

        await Eventually.TrueAsync(async () =>
        {
            await using var db = store.Open();
            return await db.InboundWork.AnyAsync(w => w.DedupKey.EndsWith("later") && w.RepliedAt != null);
        }, "the later message was not answered after the earlier one");
    }

    [Fact]
    public async Task An_earlier_message_whose_replica_died_is_taken_over_and_answered_before_the_later_one()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using var fake = await FakeBotFramework.StartAsync();
        fake.Emails[Zhu] = "A013@demo-audit.example";
        await using var app = new BotApp(store, settings: fake.BotSettings());
        using var http = app.CreateClient();
        var teams = new TeamsTestKit(fake, http, app.AllInboundHandledAsync);
        await teams.SayAsync(Zhu, "帮助");
        await using (var db = store.Open())
        {
            var said = await db.InboundWork.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken);
            db.InboundWork.Add(Copy(said, "on-a-dead-replica", "菜单", "other-host:4242:1:dead", DateTimeOffset.UtcNow.AddSeconds(-1)));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await teams.SayAsync(Zhu, "备案");

        await using (var db = store.Open())
        {
            var earlier = await db.InboundWork.AsNoTracking().SingleAsync(w => w.DedupKey == "on-a-dead-replica", TestContext.Current.CancellationToken);
            var later = await db.InboundWork.AsNoTracking().OrderBy(w => w.Id).LastAsync(TestContext.Current.CancellationToken);
            Assert.NotNull(earlier.ProcessedAt);
            Assert.True(earlier.ProcessedAt < later.ProcessedAt, "the earlier message was answered after the later one");
        }
    }

    private static async Task<bool> Answered(TestStore store, string dedupKey)
    {
        await using var db = store.Open();
        return await db.InboundWork.AnyAsync(w => w.DedupKey == dedupKey && w.ProcessedAt != null && w.RepliedAt != null);
    }

    /// <summary>The stored message again with another text and key (the same person, the same conversation).</summary>
    private static InboundWork Copy(InboundWork said, string key, string text, string owner, DateTimeOffset leaseUntil) => new()
    {
        Channel = said.Channel, DedupKey = key, OrderKey = said.OrderKey, ReceivedAt = DateTimeOffset.UtcNow,
        Payload = said.Payload.Replace("\"帮助\"", System.Text.Json.JsonSerializer.Serialize(text), StringComparison.Ordinal),
        LeaseOwner = owner, LeaseUntil = leaseUntil,
    };
}
