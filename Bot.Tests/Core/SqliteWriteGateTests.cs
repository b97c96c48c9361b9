using System.Diagnostics;
using Lianzheng.Core.Conversations;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Lianzheng.Tests.Core;

public sealed class SqliteWriteGateTests
{
    [Theory]
    [InlineData("INSERT INTO \"X\" VALUES (1)", true)]
    [InlineData("  update \"X\" SET a = 1", true)]
    [InlineData("DELETE FROM \"X\"", true)]
    [InlineData("SELECT 1", false)]
    [InlineData("PRAGMA journal_mode=WAL;", false)]
    public void Tells_writes_from_reads(string sql, bool write) => Assert.Equal(write, SqliteWriteGate.IsWrite(sql));

    [Fact]
    public async Task Many_concurrent_writers_on_one_file_all_commit_without_busy_waits()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("lianzheng-gate-").FullName, "gate.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration["ConnectionStrings:Lianzheng"] = $"Data Source={path}";
        builder.AddBotCore();
        using var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);

        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, 400), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            if (i % 2 == 0)
            {
                // A single statement outside a transaction.
                db.ConversationStates.Add(new ConversationState { Key = $"k{i}", StateJson = "[]", UpdatedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync(ct);
            }
            else
            {
                // An explicit transaction with a read and two writes.
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                _ = await db.ConversationStates.CountAsync(ct);
                db.ConversationStates.Add(new ConversationState { Key = $"k{i}", StateJson = "[]", UpdatedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync(ct);
                await db.ConversationStates.Where(c => c.Key == $"k{i}").ExecuteUpdateAsync(u => u.SetProperty(c => c.StateJson, "[1]"), ct);
                await transaction.CommitAsync(ct);
            }
        });
        clock.Stop();

        await using var check = host.Services.CreateAsyncScope();
        var rows = await check.ServiceProvider.GetRequiredService<LianzhengDbContext>().ConversationStates.ToListAsync();
        Assert.Equal(400, rows.Count);
        Assert.Equal(200, rows.Count(r => r.StateJson == "[1]"));
        // Without the gate, colliding writers sleep 150 ms each in Microsoft.Data.Sqlite; 400 of them took many seconds.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"400 writes took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_service_transaction_left_without_commit_frees_the_gate_at_once_while_its_scope_lives_on()
    {
        using var host = await MigratedHostAsync();
        await using (var turn = host.Services.CreateAsyncScope())
        {
            // A chat turn holds its connection open for the whole turn; its pooled context goes back to the pool after.
            await turn.ServiceProvider.GetRequiredService<LianzhengDbContext>().Database.OpenConnectionAsync();
        }

        await using var request = host.Services.CreateAsyncScope(); // a web request: its scope ends only after the response
        var db = request.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await using (var transaction = await db.Database.BeginOrJoinTransactionAsync(CancellationToken.None))
        {
            _ = await db.ConversationStates.CountAsync(); // a service that reads, finds nothing to do, and returns early
        }

        _ = await db.ConversationStates.CountAsync(); // the request goes on reading

        await using var other = host.Services.CreateAsyncScope();
        var next = other.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        next.ConversationStates.Add(new ConversationState { Key = "next", StateJson = "[]", UpdatedAt = DateTimeOffset.UtcNow });
        // Without the release the write waits for the gate until it gives up (30 s); a shorter bound fails sooner.
        using var stuck = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await next.SaveChangesAsync(stuck.Token);
        Assert.Equal(1, await next.ConversationStates.CountAsync());
    }

    private static async Task<IHost> MigratedHostAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("lianzheng-gate-").FullName, "gate.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        builder.Configuration["ConnectionStrings:Lianzheng"] = $"Data Source={path}";
        builder.AddBotCore();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return host;
    }
}
