using Lianzheng.Core.Audit;
using Lianzheng.Core.Conversations;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Core.Persistence;

/// <summary>The rules every save follows, as the host's contexts are configured with them.</summary>
public sealed class SaveRulesInterceptorTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private DbContextOptions<LianzhengDbContext> _options = null!;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync(TestContext.Current.CancellationToken);
        _options = new DbContextOptionsBuilder<LianzhengDbContext>()
            .UseSqlite(_connection).AddInterceptors(SaveRulesInterceptor.Instance).Options;
        await using var db = new LianzhengDbContext(_options);
        await db.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    [Fact]
    public async Task A_changed_row_with_a_version_is_saved_with_the_next_version_and_a_stale_copy_is_refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = new LianzhengDbContext(_options))
        {
            db.ConversationStates.Add(new ConversationState { Key = "local/wang", StateJson = "{}" });
            await db.SaveChangesAsync(ct);
        }

        await using var first = new LianzhengDbContext(_options);
        await using var second = new LianzhengDbContext(_options);
        var mine = await first.ConversationStates.SingleAsync(ct);
        var theirs = await second.ConversationStates.SingleAsync(ct);

        mine.StateJson = """{"step":1}""";
        await first.SaveChangesAsync(ct);
        Assert.Equal(1, mine.Version);

        theirs.StateJson = """{"step":2}""";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(ct));
    }

    [Fact]
    public void A_context_whose_options_lack_the_save_rules_is_refused()
    {
        var bare = new DbContextOptionsBuilder<LianzhengDbContext>().UseSqlite(_connection).Options;
        var refused = Assert.Throws<InvalidOperationException>(() => new LianzhengDbContext(bare));
        Assert.Contains("SaveRulesInterceptor", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_trail_cannot_be_changed_or_deleted_through_a_context()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = new LianzhengDbContext(_options))
        {
            db.AuditEntries.Add(new AuditEntry
            {
                Action = "filing.created", EntityType = "Filing", EntityId = "1", Details = "{}", PreviousHash = "", Hash = "h",
            });
            await db.SaveChangesAsync(ct);
        }

        await using var changer = new LianzhengDbContext(_options);
        (await changer.AuditEntries.SingleAsync(ct)).Details = """{"forged":true}""";
        var changed = await Assert.ThrowsAsync<InvalidOperationException>(() => changer.SaveChangesAsync(ct));
        Assert.Contains("append-only", changed.Message, StringComparison.Ordinal);

        await using var deleter = new LianzhengDbContext(_options);
        deleter.AuditEntries.Remove(await deleter.AuditEntries.SingleAsync(ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => deleter.SaveChangesAsync(ct));

        await using var reader = new LianzhengDbContext(_options);
        Assert.Equal("{}", (await reader.AuditEntries.SingleAsync(ct)).Details);
    }

    [Fact]
    public async Task In_a_unit_of_work_the_first_write_begins_a_transaction_that_later_writes_join_and_a_rollback_undoes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var db = new LianzhengDbContext(_options) { InUnitOfWork = true })
        {
            Assert.Null(db.Database.CurrentTransaction);
            db.ConversationStates.Add(new ConversationState { Key = "local/a", StateJson = "{}" });
            await db.SaveChangesAsync(ct);
            var transaction = db.Database.CurrentTransaction;
            Assert.NotNull(transaction);

            db.ConversationStates.Add(new ConversationState { Key = "local/b", StateJson = "{}" });
            await db.SaveChangesAsync(ct);
            Assert.Same(transaction, db.Database.CurrentTransaction);
            await transaction.RollbackAsync(ct);
        }

        await using var reader = new LianzhengDbContext(_options);
        Assert.Equal(0, await reader.ConversationStates.CountAsync(ct));

        await using var outside = new LianzhengDbContext(_options);
        outside.ConversationStates.Add(new ConversationState { Key = "local/c", StateJson = "{}" });
        await outside.SaveChangesAsync(ct);
        Assert.Null(outside.Database.CurrentTransaction);
    }
}
