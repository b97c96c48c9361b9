using Lianzheng.Core.Inbound;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Inbound;

/// <summary>Erases what people wrote (the decrypted payload) and what the bot answered from inbound messages older than
/// <see cref="InboundOptions.RetentionDays"/> once they are handled: at start and then every hour.</summary>
internal sealed partial class InboundRetention(
    IServiceScopeFactory scopes, IOptions<InboundOptions> options, TimeProvider time, IHostApplicationLifetime lifetime,
    ILogger<InboundRetention> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Erases the payloads now; returns how many messages were erased.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var erased = await db.InboundWork
            .Where(w => w.ReceivedAt < cutoff && w.RepliedAt != null && (w.Payload != "" || w.Replies != null))
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.Payload, "").SetProperty(w => w.Replies, (string?)null), cancellationToken);
        if (erased > 0)
        {
            LogErased(logger, erased, options.Value.RetentionDays);
        }

        return erased;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The database is migrated by a start-up task; begin once the application has started.
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await PurgeAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased the payloads of {Count} inbound message(s) older than {Days} days")]
    private static partial void LogErased(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Erasing old inbound payloads failed; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
