using System.Threading.Channels;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Inbound;

/// <summary>Runs the turns of accepted inbound messages in the background: in arrival order per conversation (lanes by
/// order key), several conversations at once. A turn commits its replies with its state; they are then handed to
/// <see cref="InboundReplies"/>, so that no lane waits for a channel. On start it resumes what a restart interrupted:
/// stored replies not yet sent are sent (never by running their turn again), then turns that never committed run.</summary>
internal sealed partial class InboundWorker(
    InboundQueue queue, InboundReplies replies, IEnumerable<IInboundProcessor> processors, IServiceScopeFactory scopes,
    TimeProvider time, ILogger<InboundWorker> logger) : BackgroundService
{
    private const int Lanes = 8;
    internal const int MaxAttempts = 3;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);

    private readonly Dictionary<string, IInboundProcessor> _processors = processors.ToDictionary(p => p.Channel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = Enumerable.Range(0, Lanes).Select(_ => Channel.CreateUnbounded<InboundQueue.Pending>(new() { SingleReader = true })).ToArray();
        await ResumeAsync(stoppingToken);
        var workers = lanes.Select(lane => RunLaneAsync(lane.Reader, stoppingToken)).ToList();
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
        await replies.StopAsync();
    }

    /// <summary>Replies first, in arrival order, so that each conversation's queue starts with what was said earliest;
    /// then the turns that did not commit before the restart.</summary>
    private async Task ResumeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var unsent = await db.InboundWork.AsNoTracking().Where(w => w.ProcessedAt != null && w.RepliedAt == null)
            .OrderBy(w => w.Id).ToListAsync(cancellationToken);
        foreach (var work in unsent)
        {
            HandReplies(work);
        }

        var unprocessed = await db.InboundWork.AsNoTracking().Where(w => w.ProcessedAt == null && w.Attempts < MaxAttempts)
            .OrderBy(w => w.Id).Select(w => new { w.Id, w.OrderKey }).ToListAsync(cancellationToken);
        if (unsent.Count + unprocessed.Count > 0)
        {
            LogResuming(logger, unprocessed.Count, unsent.Count);
        }

        foreach (var row in unprocessed)
        {
            queue.Requeue(row.Id, row.OrderKey);
        }
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

    /// <summary>Runs the turn; a turn that fails was rolled back whole, so it is tried again in place (keeping the
    /// conversation's order), up to <see cref="MaxAttempts"/>.</summary>
    private async Task ProcessAsync(InboundQueue.Pending pending, CancellationToken stoppingToken)
    {
        var work = pending.Work ?? await LoadAsync(pending.Id, stoppingToken);
        if (work is null || work.ProcessedAt is not null)
        {
            return;
        }

        if (!_processors.TryGetValue(work.Channel, out var processor))
        {
            LogNoProcessor(logger, work.Channel, work.Id);
            return;
        }

        InboundWork? done;
        IReadOnlyList<OutboundMessage>? replies = null;
        while (true)
        {
            try
            {
                var result = await processor.RunTurnAsync(work, stoppingToken);
                var now = time.GetUtcNow();
                if (!result.Stored)
                {
                    // No turn ran: what it answers is stored before it is sent, as a turn's replies are.
                    await queue.CompleteWithoutTurnAsync(work.Id, result.Replies, now, stoppingToken);
                }

                // The copy in memory follows what was committed; the replies go on from memory, not re-read.
                work.ProcessedAt = now;
                work.Attempts++;
                work.LastError = null;
                work.RepliedAt = result.Replies.Count == 0 ? now : null;
                (done, replies) = (work, result.Replies);
                break;
            }
            catch (TurnAlreadyCompletedException)
            {
                // An earlier run committed (this process retrying, or another replica): its stored replies are what the
                // person gets, sent once by whoever holds them.
                done = await LoadAsync(work.Id, stoppingToken);
                break;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                work.Attempts++;
                work.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
                LogFailed(logger, ex, work.Channel, work.Id, work.Attempts);
                if (work.Attempts >= MaxAttempts)
                {
                    work.ProcessedAt = work.RepliedAt = time.GetUtcNow();
                    await RecordFailedAsync(work);
                    return;
                }

                await RecordFailedAsync(work);
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
        }

        if (done is not null)
        {
            HandReplies(done, replies);
        }
    }

    /// <summary>Hands a completed message's replies to the sender: the ones just made, or those stored with the row.</summary>
    private void HandReplies(InboundWork work, IReadOnlyList<OutboundMessage>? made = null)
    {
        if (work.RepliedAt is not null || !_processors.TryGetValue(work.Channel, out var processor))
        {
            return;
        }

        replies.Enqueue(work, made ?? StoredReplies.Deserialize(work.Replies), processor);
    }

    private async Task RecordFailedAsync(InboundWork work)
    {
        try
        {
            await queue.RecordFailedAttemptAsync(work);
        }
        catch (Exception ex)
        {
            LogOutcomeNotStored(logger, ex, work.Id);
        }
    }

    private async Task<InboundWork?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().InboundWork.AsNoTracking()
            .FirstOrDefaultAsync(w => w.Id == id, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The outcome of inbound message {Id} could not be stored")]
    private static partial void LogOutcomeNotStored(ILogger logger, Exception exception, long id);

    [LoggerMessage(Level = LogLevel.Information, Message = "Resuming after the restart: {Turns} inbound message(s) to run, {Replies} with replies still to send")]
    private static partial void LogResuming(ILogger logger, int turns, int replies);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing inbound {Channel} message {Id} failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channel, long id, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "No processor for inbound {Channel} message {Id}; it stays unprocessed")]
    private static partial void LogNoProcessor(ILogger logger, string channel, long id);
}
