using Lianzheng.Core.Conversations;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Core;

/// <summary>Database errors are told apart by the provider's error code, not by the text of its message.</summary>
public sealed class DatabaseErrorsTests
{
    [Fact]
    public async Task A_unique_key_written_twice_is_a_unique_violation_and_a_missing_required_value_is_not()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        var options = new DbContextOptionsBuilder<LianzhengDbContext>().UseSqlite(connection).AddInterceptors(SaveRulesInterceptor.Instance).Options;
        await using (var setup = new LianzhengDbContext(options))
        {
            await setup.Database.EnsureCreatedAsync(TestContext.Current.CancellationToken);
            setup.ConversationStates.Add(new ConversationState { Key = "msteams/29:a", StateJson = "{}" });
            await setup.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var db = new LianzhengDbContext(options);
        db.ConversationStates.Add(new ConversationState { Key = "msteams/29:a", StateJson = "{}" });
        var duplicate = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        Assert.True(DatabaseErrors.IsUniqueViolation(duplicate));

        await using var other = new LianzhengDbContext(options);
        await other.Database.ExecuteSqlRawAsync("CREATE TABLE Probe (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL)", TestContext.Current.CancellationToken);
        var notNull = await Assert.ThrowsAsync<SqliteException>(
            () => other.Database.ExecuteSqlRawAsync("INSERT INTO Probe (Id, Name) VALUES (1, NULL)", TestContext.Current.CancellationToken));
        Assert.False(DatabaseErrors.IsUniqueViolation(new DbUpdateException("not null", notNull)));
    }
}
