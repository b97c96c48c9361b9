using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Core.Inbound;

public sealed class InboundCompletionTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_turn_marks_its_message_done_with_its_replies_once_and_a_second_completion_is_refused(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        var received = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(8));
        var (answered, silent) = (Work("answered", received), Work("silent", received));
        await using (var setup = store.Open())
        {
            await setup.Database.MigrateAsync(cancellation);
            setup.InboundWork.AddRange(answered, silent);
            await setup.SaveChangesAsync(cancellation);
        }

        var now = received.AddSeconds(2).AddTicks(3);
        OutboundMessage[] replies = [new("已收到您的报备。"), new("请确认：", Buttons: [new MessageButton("是", "是")])];
        await using (var db = store.Open())
        {
            // Inside the turn's transaction, as a turn completes it …
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            await InboundCompletion.CompleteAsync(db, answered.Id, replies, now, cancellation);
            await transaction.CommitAsync(cancellation);
        }

        await using (var db = store.Open())
        {
            // … and on its own, as a message that needed no turn is.
            await InboundCompletion.CompleteAsync(db, silent.Id, [], now, cancellation);
        }

        await using (var db = store.Open())
        {
            var again = await Assert.ThrowsAsync<TurnAlreadyCompletedException>(
                () => InboundCompletion.CompleteAsync(db, answered.Id, [new("重复")], now.AddSeconds(1), cancellation));
            Assert.Equal(answered.Id, again.InboundId);
        }

        await using var check = store.Open();
        var rows = await check.InboundWork.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellation);
        var done = rows[0];
        Assert.Equal(now.UtcTicks, done.ProcessedAt?.UtcTicks);
        Assert.Null(done.RepliedAt);
        Assert.Equal((3, (string?)null, 0), (done.Attempts, done.LastError, done.RepliesSent));
        Assert.Equal(replies, StoredReplies.Deserialize(done.Replies), new OutboundMessageComparer());
        var none = rows[1];
        Assert.Equal((now.UtcTicks, now.UtcTicks), (none.ProcessedAt?.UtcTicks, none.RepliedAt?.UtcTicks));
        Assert.Empty(StoredReplies.Deserialize(none.Replies));
    }

    private static InboundWork Work(string key, DateTimeOffset received) => new()
    {
        Channel = "teams", DedupKey = key, OrderKey = "u", Payload = "{}", ReceivedAt = received, Attempts = 2, LastError = "上次失败",
    };

    private sealed class OutboundMessageComparer : IEqualityComparer<OutboundMessage>
    {
        public bool Equals(OutboundMessage? x, OutboundMessage? y) =>
            x is not null && y is not null && x.Text == y.Text && x.Buttons.SequenceEqual(y.Buttons) && x.Facts.SequenceEqual(y.Facts);

        public int GetHashCode(OutboundMessage obj) => obj.Text.GetHashCode(StringComparison.Ordinal);
    }
}
