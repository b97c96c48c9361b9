using Lianzheng.Core.Inbound;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Core.Persistence;

public sealed class BulkInsertTests
{
    private static readonly string[] ChannelAndKey = [nameof(InboundWork.Channel), nameof(InboundWork.DedupKey)];

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task New_rows_are_inserted_with_their_keys_and_values_and_a_stored_or_repeated_key_is_not(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        await using (var setup = store.Open())
        {
            await setup.Database.MigrateAsync(cancellation);
            setup.InboundWork.Add(Work("teams", "stored-before"));
            await setup.SaveChangesAsync(cancellation);
        }

        var received = new DateTimeOffset(2026, 12, 7, 9, 30, 15, TimeSpan.FromHours(8)).AddTicks(1234);
        var rows = new[]
        {
            Work("teams", "b", received), Work("teams", "stored-before"), Work("teams", "a"), Work("teams", "b"), Work("wecom", "b"),
        };
        rows[0].LeaseUntil = received.AddMinutes(5);
        await using (var db = store.Open())
        {
            var inserted = await BulkInsert.InsertNewAsync(db, rows, ChannelAndKey, TimeProvider.System, cancellation);

            // In the caller's order: the key stored before and the batch's second "b" of Teams are not inserted; the
            // same key on another channel is another row.
            Assert.Equal([true, false, true, false, true], inserted);
        }

        Assert.All(rows.Where((_, i) => i is 0 or 2 or 4), r => Assert.NotEqual(0L, r.Id));
        Assert.All(rows.Where((_, i) => i is 1 or 3), r => Assert.Equal(0L, r.Id));
        Assert.Equal(3, rows.Where(r => r.Id != 0).Select(r => r.Id).Distinct().Count());

        await using var check = store.Open();
        var stored = await check.InboundWork.AsNoTracking().SingleAsync(w => w.Id == rows[0].Id, cancellation);
        Assert.Equal(("teams", "b", "order-b", "{\"text\":\"b\"}"), (stored.Channel, stored.DedupKey, stored.OrderKey, stored.Payload));
        Assert.Equal(received.UtcTicks, stored.ReceivedAt.UtcTicks);
        Assert.Equal(received.AddMinutes(5).UtcTicks, stored.LeaseUntil?.UtcTicks);
        Assert.Null(stored.ProcessedAt);
        Assert.Null(stored.RepliedAt);
        Assert.Equal(4, await check.InboundWork.CountAsync(cancellation));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_generated_keys_follow_the_callers_order_which_is_the_order_messages_arrived_in(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        await using (var setup = store.Open())
        {
            await setup.Database.MigrateAsync(cancellation);
        }

        // One person's two messages in one batch, the later one with the smaller key: the takeover after a restart and
        // a replica waiting for the person's earlier message go by the key, so it must say which came first.
        var rows = new[] { Work("teams", "z-said-first"), Work("teams", "a-said-second") };
        await using var db = store.Open();
        await BulkInsert.InsertNewAsync(db, rows, ChannelAndKey, TimeProvider.System, cancellation);

        Assert.True(rows[0].Id < rows[1].Id, $"ids {rows[0].Id}, {rows[1].Id}");
    }

    [Fact]
    public async Task Two_writers_inserting_the_same_keys_in_opposite_orders_at_once_both_commit_each_key_once()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using (var setup = store.Open())
        {
            await setup.Database.MigrateAsync(cancellation);
        }

        // Both begin at once, each in its own order, so that each meets keys the other has inserted and not committed:
        // they wait for each other, PostgreSQL aborts one as deadlocked, and that one runs again.
        var keys = Enumerable.Range(0, 200).Select(i => $"k{i:D3}").ToArray();
        var bothInserting = new Barrier(2);
        async Task<bool[]> WriteAsync(IEnumerable<string> order)
        {
            await using var db = store.Open();
            await db.Database.OpenConnectionAsync(cancellation);
            await Task.Run(() => bothInserting.SignalAndWait(TimeSpan.FromSeconds(30), cancellation), cancellation);
            return await BulkInsert.InsertNewAsync(db, [.. order.Select(k => Work("teams", k))], ChannelAndKey, TimeProvider.System, cancellation);
        }

        var results = await Task.WhenAll(WriteAsync(keys), WriteAsync(keys.Reverse()));

        Assert.Equal(keys.Length, results.Sum(r => r.Count(inserted => inserted)));
        await using var check = store.Open();
        Assert.Equal(keys.Length, await check.InboundWork.CountAsync(cancellation));
    }

    private static InboundWork Work(string channel, string key, DateTimeOffset? received = null) => new()
    {
        Channel = channel, DedupKey = key, OrderKey = "order-" + key, Payload = $"{{\"text\":\"{key}\"}}", ReceivedAt = received ?? DateTimeOffset.UnixEpoch,
    };
}
