using System.Collections.Concurrent;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Support;

/// <summary>The bot as its own process (Development, the demo bureau) on a database file of its own, or on a test's
/// database of either provider (several processes on one PostgreSQL database are replicas), for tests that kill it
/// outright and start it again: its output is kept, and the test reads the database directly.</summary>
internal sealed class ProcessBot
{
    private readonly TestStore? _store;

    public ProcessBot(IReadOnlyDictionary<string, string> channelSettings, TestStore? store = null)
    {
        _store = store;
        DatabasePath = store?.DatabasePath ?? BotApp.NewDatabasePath();
        Settings = new Dictionary<string, string>(channelSettings)
        {
            ["ConnectionStrings:Lianzheng"] = $"Data Source={DatabasePath}",
            ["Logging:LogLevel:Default"] = "Information",
            // The day's duties would add their own messages to what a test counts.
            ["Scheduler:Enabled"] = "false",
            // Far longer than a test waits: what a dead process leased must be given back, not waited out.
            ["Delivery:Lease"] = "00:10:00",
        };
        foreach (var (key, value) in store?.Settings ?? new Dictionary<string, string>())
        {
            Settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    public Dictionary<string, string> Settings { get; }

    public ConcurrentQueue<string> Output { get; } = new();

    public Task<BotProcess> StartAsync() =>
        BotProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "Bot.dll"), Settings, "Development", Output.Enqueue);

    /// <summary>Every accepted inbound message has had its turn and its replies sent.</summary>
    public Task<bool> AllInboundHandledAsync() => QueryAsync(db => db.InboundWork.AllAsync(w => w.ProcessedAt != null && w.RepliedAt != null));

    public async Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query)
    {
        await using var db = _store?.Open() ?? TestDatabase.Open(DatabasePath);
        return await query(db);
    }
}
