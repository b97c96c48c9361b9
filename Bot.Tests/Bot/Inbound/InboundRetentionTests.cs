using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot.Inbound;

/// <summary>A message people sent is kept Inbound:RetentionDays (30) after it was handled, then deleted whole: what they
/// wrote, what the bot answered and its de-duplication key (channels redeliver within minutes, not months), so that
/// the table holds a month of traffic however long the bot runs. One not yet handled stays.</summary>
public sealed class InboundRetentionTests : IAsyncLifetime
{
    private BotApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _app = new BotApp(BotApp.NewDatabasePath());
        using var client = _app.CreateClient();
        await client.GetAsync("/healthz");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Handled_messages_older_than_the_retention_are_deleted_and_the_others_kept()
    {
        var now = TimeProvider.System.GetUtcNow();
        InboundWork Row(string key, int daysAgo, bool handled) => new()
        {
            Channel = "wecom", DedupKey = key, OrderKey = "u", Payload = "<xml>私人内容</xml>", ReceivedAt = now.AddDays(-daysAgo),
            ProcessedAt = handled ? now.AddDays(-daysAgo) : null, RepliedAt = handled ? now.AddDays(-daysAgo) : null,
            Replies = "[]", Attempts = handled ? 1 : 3,
        };
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            db.InboundWork.AddRange(Row("old", 31, handled: true), Row("recent", 29, handled: true), Row("old-unhandled", 31, handled: false));
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, await _app.Services.GetRequiredService<InboundRetention>().PurgeAsync(CancellationToken.None));

        await using var check = _app.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<LianzhengDbContext>().InboundWork.AsNoTracking().ToDictionaryAsync(w => w.DedupKey);
        Assert.False(rows.ContainsKey("old"));
        Assert.Equal(2, rows.Count);
        Assert.Equal("<xml>私人内容</xml>", rows["recent"].Payload);
        Assert.Equal("<xml>私人内容</xml>", rows["old-unhandled"].Payload);
    }
}
