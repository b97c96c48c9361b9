using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Core.Outbox;

/// <summary>The claim of due deliveries by dispatchers that share a channel whose limits are per person: each takes its
/// part of the people, but the rows of a call a crash interrupted go to one of them whole, or the call could not be
/// sent again as the identical request WeCom's duplicate check recognises.</summary>
public sealed class DeliveryLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_rows_of_an_interrupted_call_are_claimed_whole_by_one_of_two_dispatchers_and_the_others_by_person(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        var backend = DatabaseBackend.For(new DatabaseOptions { Provider = provider, ConnectionString = store.ConnectionString });
        long interrupted, fresh;
        await using (var setup = store.Open())
        {
            await setup.Database.MigrateAsync(cancellation);
            var people = Enumerable.Range(1, 6).Select(i => new Staff { EmployeeNo = $"A{i:000}", Name = $"测试{i}" }).ToList();
            setup.Staff.AddRange(people);
            await setup.SaveChangesAsync(cancellation);
            OutboxMessage Message(string key) => new()
            {
                Kind = OutboxKinds.IntegrityMessage, SourceKey = key, Title = "元旦廉洁提醒", Body = "廉洁过节", FactsJson = "[]", ButtonsJson = "[]", CreatedAt = Now,
                Deliveries = [.. people.Select(p => new Delivery { RecipientId = p.Id, Channel = Channels.WeCom, NextAttemptAt = Now })],
            };
            var (first, second) = (Message("crash"), Message("new"));
            setup.OutboxMessages.AddRange(first, second);
            await setup.SaveChangesAsync(cancellation);
            // The first message's call reached WeCom for all six before the process died: its rows carry the call's key.
            var key = $"m{first.Id}-d{first.Deliveries.Min(d => d.Id)}-n6";
            await setup.Deliveries.Where(d => d.MessageId == first.Id).ExecuteUpdateAsync(u => u.SetProperty(d => d.CallKey, key), cancellation);
            (interrupted, fresh) = (first.Id, second.Id);
        }

        var claims = new List<List<Delivery>>();
        foreach (var index in new[] { 0, 1 })
        {
            await using var db = store.Open();
            var lease = $"dispatcher-{index}";
            await backend.LeaseDeliveriesAsync(db, Channels.WeCom, new RecipientPartition(index, 2), Now, 1000, lease, Now.AddMinutes(10), cancellation);
            claims.Add(await db.Deliveries.AsNoTracking().Where(d => d.LeaseOwner == lease).ToListAsync(cancellation));
        }

        // The interrupted call whole on one dispatcher, none of it on the other.
        Assert.Contains(claims, c => c.Count(d => d.MessageId == interrupted) == 6);
        Assert.Contains(claims, c => !c.Any(d => d.MessageId == interrupted));
        // The new message by person: three each, every person on one dispatcher only.
        Assert.All(claims, c => Assert.Equal(3, c.Count(d => d.MessageId == fresh)));
        Assert.All(claims[0].Where(d => d.MessageId == fresh), d => Assert.Equal(0, d.RecipientId % 2));
        Assert.All(claims[1].Where(d => d.MessageId == fresh), d => Assert.Equal(1, d.RecipientId % 2));
    }
}
