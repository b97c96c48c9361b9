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
