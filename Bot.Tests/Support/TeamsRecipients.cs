using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;

namespace Lianzheng.Tests.Support;

/// <summary>Staff who use Teams, each with the conversation the bot stored when he first wrote (29:user-i, a:conv-i on
/// the fake Connector), and the rows OutboxWriter writes for a message to them: the audience of a broadcast test.</summary>
internal static class TeamsRecipients
{
    /// <summary>Adds <paramref name="count"/> such people (工号 prefix + number) and saves them.</summary>
    public static async Task<List<Staff>> AddAsync(LianzhengDbContext db, FakeBotFramework teams, int count, string prefix)
    {
        var people = Enumerable.Range(0, count).Select(i => new Staff
        {
            EmployeeNo = $"{prefix}{i:0000}",
            Name = $"测试{prefix}{i:0000}",
            ChannelIdentities = [new ChannelIdentity { Channel = Channels.Teams, ChannelUserId = $"29:user-{i}" }],
        }).ToList();
        db.Staff.AddRange(people);
        await db.SaveChangesAsync();
        db.TeamsConversations.AddRange(people.Select((staff, i) => new TeamsConversation
        {
            TeamsUserId = $"29:user-{i}", TenantId = FakeBotFramework.Tenant, ServiceUrl = teams.ServiceUrl, BotId = "28:" + FakeBotFramework.AppId,
            ConversationId = $"a:conv-{i}", StaffId = staff.Id, UpdatedAt = DateTimeOffset.UtcNow,
        }));
        await db.SaveChangesAsync();
        return people;
    }

    /// <summary>Adds them and a message to all of them on Teams (the rows as OutboxWriter writes them), due now.</summary>
    public static async Task<List<Staff>> AddWithMessageAsync(LianzhengDbContext db, FakeBotFramework teams, int count, string prefix, string sourceKey, string body)
    {
        var people = await AddAsync(db, teams, count, prefix);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = OutboxKinds.IntegrityMessage, SourceKey = sourceKey, Title = "廉政提醒", Body = body,
            FactsJson = "[]", ButtonsJson = "[]", CreatedAt = DateTimeOffset.UtcNow,
            Deliveries = [.. people.Select(p => new Delivery { RecipientId = p.Id, Channel = Channels.Teams, NextAttemptAt = DateTimeOffset.UtcNow })],
        });
        await db.SaveChangesAsync();
        return people;
    }
}
