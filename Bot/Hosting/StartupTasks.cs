using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Lianzheng.Core.Travel;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Hosting;

/// <summary>Before the server takes requests: migrate the database and, in Development, seed the demo bureau into an
/// empty one. Once it listens: print where to open the local web chat.</summary>
internal sealed partial class StartupTasks(
    DatabaseMigrator migrator,
    DatabaseBackend backend,
    IOptions<DatabaseOptions> database,
    IServiceScopeFactory scopes,
    IHostEnvironment environment,
    IHostApplicationLifetime lifetime,
    IServer server,
    IOptions<LocalChat.LocalChatOptions> localChat,
    IOptions<BureauOptions> bureau,
    ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Value.MigrateAtStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        if (environment.IsDevelopment())
        {
            // Replicas started together on one PostgreSQL database seed it once.
            await backend.RunAloneAsync(PostgresBackend.SeedLock, SeedDemoBureauAsync, cancellationToken);
        }
        else if (Uri.TryCreate(bureau.Value.PublicBaseUrl, UriKind.Absolute, out var publicUrl) && publicUrl.IsLoopback)
        {
            // Not a reason to refuse to start (the chat works), but the QR code on every 告知书 would lead nowhere.
            LogLoopbackPublicUrl(logger, bureau.Value.PublicBaseUrl);
        }

        lifetime.ApplicationStarted.Register(PrintAddresses);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedDemoBureauAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        if (await db.Staff.AnyAsync(cancellationToken))
        {
            return;
        }

        var result = await scope.ServiceProvider.GetRequiredService<StaffImporter>()
            .ImportAsync(DemoBureau.Headers, DemoBureau.Rows, cancellationToken);
        LogDemoSeeded(logger, result.Created, result.SectionsCreated);

        // The demo's travel documents, handed in a month ago and registered by the custodian (the supervisor by default).
        var custody = scope.ServiceProvider.GetRequiredService<TravelCustodyService>();
        var custodian = (await custody.CustodiansAsync(cancellationToken)).First();
        var handedIn = scope.ServiceProvider.GetRequiredService<BureauClock>().Today.AddDays(-30);
        foreach (var (employeeNo, type, number) in DemoBureau.Documents)
        {
            var holder = await db.Staff.SingleAsync(s => s.EmployeeNo == employeeNo, cancellationToken);
            await custody.RegisterAsync(custodian, holder.Id, type, number, handedIn, cancellationToken);
        }
    }

    private void PrintAddresses()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            var browsable = address.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal);
            LogListening(logger, browsable);
            Console.WriteLine(localChat.Value.Enabled ? LocalChat.LocalChatTexts.ConsoleBanner(browsable) : LocalChat.LocalChatTexts.ConsoleBannerNoChat(browsable));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Development database was empty: seeded the demo bureau ({Staff} staff, {Sections} sections)")]
    private static partial void LogDemoSeeded(ILogger logger, int staff, int sections);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Bureau:PublicBaseUrl is {Url}, a loopback address: the QR code on the 审计纪律告知书 and the links will not open "
            + "outside this machine. Set it to the public https address of the bot (Bureau:PublicBaseUrl 为本机地址，告知书二维码在被审计单位无法打开).")]
    private static partial void LogLoopbackPublicUrl(ILogger logger, string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening on {Address}")]
    private static partial void LogListening(ILogger logger, string address);
}
