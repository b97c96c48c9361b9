using Lianzheng.Core.Inbound;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Core.Persistence;

public sealed class BulkUpdateTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task The_given_columns_of_each_row_are_written_and_nothing_else_and_a_row_no_longer_stored_is_skipped(DatabaseProvider provider)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var store = await TestStore.CreateAsync(provider);
        var processed = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(8));
        InboundWork Row(string key) => new()
        {
            Channel = "teams", DedupKey = key, OrderKey = "u", Payload = "{}", ReceivedAt = processed, ProcessedAt = processed, Attempts = 1, Replies = "[]",
        };

        var (first, second) = (Row("first"), Row("second"));
        await using (var setup = store.Open())
        {
            await setup.Database.MigrateAsync(cancellation);
            setup.InboundWork.AddRange(first, second);
            await setup.SaveChangesAsync(cancellation);
        }

        // The sender's copy: its progress changed, and so (wrongly, in memory only) did a column the turn owns.
        var replied = processed.AddSeconds(3).AddTicks(7);
        var copy = new InboundWork
        {
            Id = first.Id, Channel = "teams", DedupKey = "first", OrderKey = "u", Payload = "changed in memory", Attempts = 9,
            RepliesSent = 2, ReplyAttempts = 1, LastError = "503 Service Unavailable", RepliedAt = replied,
        };
        var gone = new InboundWork { Id = second.Id + 100, Channel = "teams", DedupKey = "gone", OrderKey = "u", Payload = "{}", RepliesSent = 1 };
        string[] columns = [nameof(InboundWork.LastError), nameof(InboundWork.RepliesSent), nameof(InboundWork.ReplyAttempts), nameof(InboundWork.RepliedAt)];
        await using (var db = store.Open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellation);
            Assert.Equal(1, await BulkUpdate.UpdateAsync(db, [copy, gone], columns, cancellation));
            await transaction.CommitAsync(cancellation);
        }

        await using var check = store.Open();
        var rows = await check.InboundWork.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellation);
        Assert.Equal(2, rows.Count);
        var written = rows[0];
        Assert.Equal((2, 1, "503 Service Unavailable"), (written.RepliesSent, written.ReplyAttempts, written.LastError));
        Assert.Equal(replied.UtcTicks, written.RepliedAt?.UtcTicks);
        Assert.Equal(("{}", 1, processed.UtcTicks), (written.Payload, written.Attempts, written.ProcessedAt?.UtcTicks));
        var untouched = rows[1];
        Assert.Equal((0, 0, null, null), (untouched.RepliesSent, untouched.ReplyAttempts, untouched.LastError, untouched.RepliedAt));
    }
}
