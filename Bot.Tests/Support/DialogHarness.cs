using Lianzheng.Bot.LocalChat;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Turns;
using Lianzheng.Scheduler.Duties;
using Lianzheng.Scheduler.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Support;

/// <summary>The bot's core and dialogs on an in-memory SQLite database (kept alive by one open connection), or on a
/// PostgreSQL database of its own, seeded with the demo bureau, on a fake clock; the in-process test client for dialog
/// tests.</summary>
public sealed class DialogHarness : IAsyncDisposable
{
    /// <summary>2026-12-01 09:00 in Shanghai (a Tuesday).</summary>
    public static readonly DateTimeOffset DefaultNow = new(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(8));

    private readonly IAsyncDisposable _database;
    private readonly IHost _host;

    private DialogHarness(IAsyncDisposable database, IHost host, FakeTimeProvider time)
    {
        _database = database;
        _host = host;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _host.Services;

    /// <param name="now">The fake clock's start (default <see cref="DefaultNow"/>).</param>
    /// <param name="settings">Configuration on top of the defaults (e.g. Talks:CountPreAuditTalks).</param>
    /// <param name="provider">The database: SQLite in memory (the default), or a PostgreSQL database of the test's.</param>
    public static async Task<DialogHarness> StartAsync(
        DateTimeOffset? now = null, IReadOnlyDictionary<string, string?>? settings = null, DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        IAsyncDisposable database;
        IReadOnlyDictionary<string, string> databaseSettings;
        if (provider == DatabaseProvider.Sqlite)
        {
            var connectionString = $"Data Source=dialogs-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
            var keepAlive = new SqliteConnection(connectionString);
            await keepAlive.OpenAsync();
            database = keepAlive;
            databaseSettings = new Dictionary<string, string> { ["ConnectionStrings:Lianzheng"] = connectionString };
        }
        else
        {
            var store = await TestStore.CreateAsync(provider);
            database = store;
            databaseSettings = store.Settings;
        }

        var time = new FakeTimeProvider(now ?? DefaultNow);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Test" });
        foreach (var (key, value) in databaseSettings)
        {
            builder.Configuration[key] = value;
        }

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.AddBotCore();
        builder.AddBotDialogs();
        builder.Configuration["Scheduler:Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.Configuration[key] = value;
        }

        builder.AddBotScheduler();
        builder.Services.AddChannelReach<LocalChannelReach>();
        var host = builder.Build();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<StaffImporter>().ImportAsync(DemoBureau.Headers, DemoBureau.Rows, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        return new DialogHarness(database, host, time);
    }

    /// <summary>A chat with the demo staff member of this name, on the local channel.</summary>
    public async Task<ChatUser> ChatAsAsync(string name)
    {
        var staff = await QueryAsync(db => db.Staff.SingleAsync(s => s.Name == name));
        return new ChatUser(this, staff.Id, name);
    }

    public async Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }

    /// <summary>What the 09:00 job does, run now on the fake clock.</summary>
    public async Task RunDailyDutiesAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DailyDuties>().RunAsync(CancellationToken.None);
    }

    /// <summary>What the reminder sweep job does, run now on the fake clock.</summary>
    public async Task RunReminderSweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ReminderSweep>().RunAsync(CancellationToken.None);
    }

    internal Task<TurnOutcome> SendAsync(int staffId, string? text, string? action) =>
        Services.GetRequiredService<BotTurnHandler>().HandleAsync(
            new InboundMessage(Channels.Local, staffId.ToString(System.Globalization.CultureInfo.InvariantCulture), text, action, null, Time.GetUtcNow()),
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        _host.Dispose();
        await _database.DisposeAsync();
    }
}
