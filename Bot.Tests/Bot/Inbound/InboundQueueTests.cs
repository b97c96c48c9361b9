using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot.Inbound;

public sealed class InboundQueueTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_delivery_sent_many_times_at_once_and_later_is_accepted_once(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var app = new BotApp(store);
        _ = app.CreateClient();
        var queue = app.Services.GetRequiredService<InboundQueue>();

        // 20 copies of one delivery and 20 different ones arrive together: one batch, duplicates inside it.
        var accepted = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            queue.AcceptAsync("test", i < 20 ? "same" : $"other-{i}", "user", "{}", CancellationToken.None)));
        Assert.Equal(21, accepted.Count(a => a));
        Assert.False(await queue.AcceptAsync("test", "same", "user", "{}", CancellationToken.None));
        // The same key on another channel is another delivery.
        Assert.True(await queue.AcceptAsync("test2", "same", "user", "{}", CancellationToken.None));

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        Assert.Equal(22, await db.InboundWork.CountAsync());
        Assert.Equal(1, await db.InboundWork.CountAsync(w => w.Channel == "test" && w.DedupKey == "same"));
    }

    [Fact]
    public async Task A_delivery_retried_to_two_replicas_at_once_is_accepted_by_one_and_nothing_else_is_lost()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using var first = new BotApp(store);
        await using var second = new BotApp(store);
        _ = first.CreateClient();
        _ = second.CreateClient();
        var queues = new[] { first.Services.GetRequiredService<InboundQueue>(), second.Services.GetRequiredService<InboundQueue>() };

        // The channel sends each of 300 messages to both replicas (a retry through the load balancer), and each
        // replica gets 100 messages of its own besides, all at once.
        var shared = Enumerable.Range(0, 300).SelectMany(i => queues.Select(q => (Key: $"shared-{i}", Queue: q)));
        var own = Enumerable.Range(0, 200).Select(i => (Key: $"own-{i}", Queue: queues[i % 2]));
        var answers = await Task.WhenAll(shared.Concat(own).Select(async m =>
            (m.Key, Accepted: await m.Queue.AcceptAsync("test", m.Key, "user-" + m.Key, "{}", CancellationToken.None))));

        Assert.All(answers.GroupBy(a => a.Key), g => Assert.Equal(1, g.Count(a => a.Accepted)));
        await using var db = store.Open();
        Assert.Equal(500, await db.InboundWork.CountAsync());
    }
}
