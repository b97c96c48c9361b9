using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Core.Persistence;

/// <summary>Each provider has its own migrations, applied at start; on PostgreSQL one replica at a time.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task A_new_database_is_migrated_to_the_model_and_seeded_once(DatabaseProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using (var app = new BotApp(store))
        {
            _ = app.CreateClient();
        }

        await using var db = store.Open();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no migration of this provider carries");
        Assert.Equal(27, await db.Staff.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Two_replicas_starting_together_on_a_new_postgres_database_migrate_and_seed_it_once()
    {
        await using var store = await TestStore.CreateAsync(DatabaseProvider.Postgres);
        await using var first = new BotApp(store);
        await using var second = new BotApp(store);

        // Both start at the same moment; without the advisory lock both would create the tables and one would fail.
        await Task.WhenAll(new[] { first, second }.Select(app => Task.Run(() => app.CreateClient())));

        await using var db = store.Open();
        var applied = (await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken)).ToList();
        Assert.Equal(db.Database.GetMigrations(), applied);
        Assert.Equal(27, await db.Staff.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken));
    }
}
