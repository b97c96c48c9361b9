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
    [Fact]
    public async Task A_delivery_sent_many_times_at_once_and_later_is_accepted_once()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath());
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
}
