using Microsoft.Extensions.Logging;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Lianzheng.Bot.Hosting;

namespace Lianzheng.Tests.Support;

/// <summary>The real host (Program) in Development on a SQLite file of its own, as `dotnet run --project Bot` starts it.</summary>
public sealed class BotApp(string databasePath, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    /// <summary>The host on a test's database of either provider, with more settings on top.</summary>
    public BotApp(TestStore store, TimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null)
        : this(store.DatabasePath, time, store.With(settings))
    {
    }

    public string DatabasePath => databasePath;

    /// <summary>What the host logged at Warning and above, with the exceptions (for a failing test to show).</summary>
    public CollectingLoggerProvider Logs { get; } = new();

    /// <summary>Every inbound message the host accepted has had its turn and all its replies sent (or given up): the
    /// signal to wait for before asserting that nothing more was sent.</summary>
    public async Task<bool> AllInboundHandledAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().InboundWork
            .AllAsync(w => w.ProcessedAt != null && w.RepliedAt != null);
    }

    /// <summary>A fresh database file in a temporary folder, deleted with the folder.</summary>
    /// <summary>A person of the demo bureau by name, as the local chat and the 工作台's sign-in know him: his staff id as text.</summary>
    public async Task<string> StaffKeyAsync(string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking()
            .Where(s => s.Name == name).Select(s => s.Id).SingleAsync();
        return id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public static string NewDatabasePath() =>
        Path.Combine(Directory.CreateTempSubdirectory("lianzheng-test-").FullName, "lianzheng.db");

    /// <summary>Started as the bot starts, then waits until its start's audit verification has run (the bot does not wait
    /// for it before taking requests): a test's own audit entries and tampering never race it.</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (host.Services.GetServices<IHostedService>().OfType<AuditVerificationService>().SingleOrDefault() is { } verification
            && !verification.StartVerified.Wait(TimeSpan.FromSeconds(60)))
        {
            throw new TimeoutException("The start's audit verification did not finish within 60 s.");
        }

        return host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:Lianzheng", $"Data Source={databasePath}");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Delivery:PollInterval", "00:00:00.100");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        if (time is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(time));
        }
    }
}
