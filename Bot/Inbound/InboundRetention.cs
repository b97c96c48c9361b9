using Lianzheng.Core.Inbound;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Inbound;

/// <summary>Deletes inbound messages handled more than <see cref="InboundOptions.RetentionDays"/> ago — what people
/// wrote (decrypted), what the bot answered, and the de-duplication key, which guards against a channel's redelivery,
/// made within minutes — at start and then every hour. So the table holds about a month of traffic however long the bot
/// runs. A message not yet handled stays. Deleted a few thousand rows at a time, oldest first, so that no delete holds
/// SQLite's one writer for long while turns wait to commit.</summary>
internal sealed partial class InboundRetention(
    IServiceScopeFactory scopes, IOptions<InboundOptions> options, TimeProvider time, IHostApplicationLifetime lifetime,
    ILogger<InboundRetention> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private const int RowsPerDelete = 5000;

    /// <summary>Deletes them now; returns how many messages were deleted.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.RetentionDays);
        var deleted = 0;
        long firstKept;
        await using (var scope = scopes.CreateAsyncScope())
        {
            // Rows come in Id order as they were received: reading from the start of the table, the first one received
            // since the cutoff ends what is old, after only the rows to delete have been read.
            firstKept = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().InboundWork.AsNoTracking()
                .Where(w => w.ReceivedAt >= cutoff).OrderBy(w => w.Id).Select(w => (long?)w.Id).FirstOrDefaultAsync(cancellationToken) ?? long.MaxValue;
        }

        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var ids = await db.InboundWork.AsNoTracking().Where(w => w.Id < firstKept && w.RepliedAt != null)
                .OrderBy(w => w.Id).Select(w => w.Id).Take(RowsPerDelete).ToListAsync(cancellationToken);
            if (ids.Count > 0)
            {
                deleted += await db.InboundWork.Where(w => EF.Parameter(ids).Contains(w.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            if (ids.Count < RowsPerDelete)
            {
                break;
            }
        }

        if (deleted > 0)
        {
            LogDeleted(logger, deleted, options.Value.RetentionDays);
        }

        return deleted;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} inbound message(s) handled more than {Days} days ago")]
    private static partial void LogDeleted(ILogger logger, int count, int days);

    [LoggerMessage(Level = LogLevel.Error, Message = "Deleting old inbound messages failed; trying again in an hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
