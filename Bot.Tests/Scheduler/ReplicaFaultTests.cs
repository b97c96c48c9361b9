using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Scheduler;

/// <summary>Two replicas of the bot, real processes on one PostgreSQL database, sending one message to 2 000 people on
/// the fake Teams Connector: one is killed with SIGKILL mid-way and the other finishes. Everybody gets the message;
/// only requests the killed replica had in flight may arrive twice (Teams cannot recognise a repeat); nothing is left
/// pending once the dead replica's leases have run out; the Teams limit is kept by the two together. (The daily duties'
/// half of the fault test is in <see cref="QuartzClusterTests"/>.)</summary>
public sealed class ReplicaFaultTests
{

    private const int Recipients = 2000;
    private const string Marker = "replica-test-8b2c"; // ASCII: the Connector sees Chinese as JSON escapes

    [Fact]
    public async Task A_replica_killed_mid_broadcast_leaves_the_rest_to_the_other_and_nobody_is_lost()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using var teams = await FakeBotFramework.StartAsync();
        teams.RecordCalls = false;
        teams.ProactiveMarker = Marker;
        teams.Limits = new TeamsRateLimits(TimeProvider.System, TimeSpan.FromSeconds(1));
        var first = new ProcessBot(teams.BotSettings(), store);
        var second = new ProcessBot(teams.BotSettings(), store);
        foreach (var replica in new[] { first, second })
        {
            // The dead replica's rows come back when their lease runs out (the survivor cannot tell a dead replica from
            // a slow one; only a restart on the same machine gives a dead process's leases back at once).
            replica.Settings["Delivery:Lease"] = "00:00:10";
            replica.Settings["Delivery:HeartbeatInterval"] = "00:00:01";
        }

        await using var survivor = await second.StartAsync();
        var victim = await first.StartAsync();
        try
        {
            await first.QueryAsync(db => TeamsRecipients.AddWithMessageAsync(db, teams, Recipients, "R", "replica-test", $"请严守审计纪律（{Marker}）"));
            await Eventually.TrueAsync(async () => { await Task.Yield(); return teams.MarkedProactive.Count >= 500; }, "the first 500 deliveries", 120_000);
            await victim.KillAsync();
        }
        finally
        {
            await victim.DisposeAsync();
        }

        var atKill = teams.MarkedProactive.Count;
        await Eventually.TrueAsync(
            () => second.QueryAsync(db => db.Deliveries.Where(d => d.Channel == Channels.Teams).AllAsync(d => d.Status == DeliveryStatus.Delivered)),
            "every delivery recorded by the surviving replica", 180_000);

        Assert.InRange(atKill, 500, Recipients - 100);
        Assert.Equal(Recipients, teams.MarkedProactive.Count);
        Assert.All(teams.MarkedProactive, p => Assert.InRange(p.Value, 1, 2));
        var repeated = teams.MarkedProactive.Count(p => p.Value == 2);
        Assert.True(repeated <= 32, $"{repeated} recipients got the message twice: more than the 32 requests the killed replica could have had in flight");
        Assert.Equal(0, teams.Limits.RetryAfterViolations);
        Assert.Equal(0, await second.QueryAsync(db => db.Deliveries.CountAsync(d => d.Channel == Channels.Teams && d.LeaseOwner != null && d.Status == DeliveryStatus.Pending)));
    }
}
