using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Scheduler;

/// <summary>Two replicas of the bot, real processes on one PostgreSQL database, sending one message to 2 000 people on
/// the fake Teams Connector: one is killed with SIGKILL mid-way and the other finishes. Everybody gets the message;
/// only requests the killed replica had in flight may arrive twice (Teams cannot recognise a repeat); nothing is left
/// pending once the dead replica's leases have run out; the Teams limit is kept by the two together.</summary>
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
            await first.QueryAsync(db => SeedBroadcastAsync(db, teams));
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

    /// <summary>2 000 Teams users with stored conversations, and the rows OutboxWriter writes for a message to them.</summary>
    private static async Task<int> SeedBroadcastAsync(LianzhengDbContext db, FakeBotFramework teams)
    {
        var people = Enumerable.Range(0, Recipients).Select(i => new Staff
        {
            EmployeeNo = $"R{i:0000}",
            Name = $"副本测试{i:0000}",
            ChannelIdentities = [new ChannelIdentity { Channel = Channels.Teams, ChannelUserId = $"29:user-{i}" }],
        }).ToList();
        db.Staff.AddRange(people);
        await db.SaveChangesAsync();
        db.TeamsConversations.AddRange(people.Select((staff, i) => new TeamsConversation
        {
            TeamsUserId = $"29:user-{i}", TenantId = FakeBotFramework.Tenant, ServiceUrl = teams.ServiceUrl, BotId = "28:" + FakeBotFramework.AppId,
            ConversationId = $"a:conv-{i}", StaffId = staff.Id, UpdatedAt = DateTimeOffset.UtcNow,
        }));
        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = OutboxKinds.IntegrityMessage, SourceKey = "replica-test", Title = "廉政提醒", Body = $"请严守审计纪律（{Marker}）",
            FactsJson = "[]", ButtonsJson = "[]", CreatedAt = DateTimeOffset.UtcNow,
            Deliveries = [.. people.Select(p => new Delivery { RecipientId = p.Id, Channel = Channels.Teams, NextAttemptAt = DateTimeOffset.UtcNow })],
        });
        await db.SaveChangesAsync();
        return people.Count;
    }
}
