using System.Threading.Channels;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Inbound;

/// <summary>Processes accepted inbound messages in the background: in arrival order per conversation (lanes by order
/// key), several conversations at once; on start it resumes what was accepted but not processed before a restart.</summary>
internal sealed partial class InboundWorker(
    InboundQueue queue, IEnumerable<IInboundProcessor> processors, IServiceScopeFactory scopes, TimeProvider time,
    ILogger<InboundWorker> logger) : BackgroundService
{
    private const int Lanes = 8;
    private const int MaxAttempts = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, IInboundProcessor> _processors = processors.ToDictionary(p => p.Channel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = Enumerable.Range(0, Lanes).Select(_ => Channel.CreateUnbounded<InboundQueue.Pending>(new() { SingleReader = true })).ToArray();
        var workers = lanes.Select(lane => RunLaneAsync(lane.Reader, stoppingToken)).ToList();
        foreach (var (id, orderKey) in await UnfinishedAsync(stoppingToken))
        {
            queue.Requeue(id, orderKey);
        }

        try
        {
            await foreach (var pending in queue.Reader.ReadAllAsync(stoppingToken))
            {
                var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(pending.OrderKey) % Lanes);
                lanes[lane].Writer.TryWrite(pending);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        foreach (var lane in lanes)
        {
            lane.Writer.TryComplete();
        }

        await Task.WhenAll(workers);
    }

    private async Task<List<(long, string)>> UnfinishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var rows = await db.InboundWork.AsNoTracking().Where(w => w.ProcessedAt == null && w.Attempts < MaxAttempts)
            .OrderBy(w => w.Id).Select(w => new { w.Id, w.OrderKey }).ToListAsync(cancellationToken);
        if (rows.Count > 0)
        {
            LogResuming(logger, rows.Count);
        }

        return [.. rows.Select(r => (r.Id, r.OrderKey))];
    }

    private async Task RunLaneAsync(ChannelReader<InboundQueue.Pending> lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var pending in lane.ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(pending, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task ProcessAsync(InboundQueue.Pending pending, CancellationToken stoppingToken)
    {
        var work = pending.Work ?? await LoadAsync(pending.Id, stoppingToken);
        if (work is null || work.ProcessedAt is not null)
        {
            return;
        }

        work.Attempts++;
        try
        {
            if (!_processors.TryGetValue(work.Channel, out var processor))
            {
                throw new InvalidOperationException($"No processor for channel '{work.Channel}'.");
            }

            await processor.ProcessAsync(work, stoppingToken);
            work.ProcessedAt = time.GetUtcNow();
            work.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, ex, work.Channel, work.Id, work.Attempts);
            work.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
            if (work.Attempts >= MaxAttempts)
            {
                work.ProcessedAt = time.GetUtcNow();
            }
            else
            {
                _ = RequeueLaterAsync(work.Id, work.OrderKey, stoppingToken);
            }
        }

        _ = RecordOutcomeAsync(work);
    }

    /// <summary>The outcome is stored with others finishing about now (one transaction); the lane goes on meanwhile. A
    /// crash before it is stored runs the turn again after the restart, the safe side of losing it.</summary>
    private async Task RecordOutcomeAsync(Core.Domain.InboundWork work)
    {
        try
        {
            await queue.RecordOutcomeAsync(work);
        }
        catch (Exception ex)
        {
            LogOutcomeNotStored(logger, ex, work.Id);
        }
    }

    private async Task<Core.Domain.InboundWork?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().InboundWork.AsNoTracking()
            .FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
    }

    private async Task RequeueLaterAsync(long id, string orderKey, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(RetryDelay, time, stoppingToken);
            queue.Requeue(id, orderKey);
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outcome of inbound message {Id} could not be stored; it will be processed again after a restart")]
    private static partial void LogOutcomeNotStored(ILogger logger, Exception exception, long id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming {Count} inbound message(s) accepted before the restart")]
    private static partial void LogResuming(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing inbound {Channel} message {Id} failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channel, long id, int attempt);
}
