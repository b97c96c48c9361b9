using System.Threading.Channels;
using Lianzheng.Core.Hosting;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Inbound;

/// <summary>Runs the turns of accepted inbound messages in the background: in arrival order per conversation (lanes by
/// order key), several conversations at once. A turn commits its replies with its state; they are then handed to
/// <see cref="InboundReplies"/>, so that no lane waits for a channel. A message is held by the replica that accepted it
/// (a lease, renewed every quarter of <c>Inbound:Lease</c>) until it is answered; on start, and every quarter lease
/// after, this worker takes over what no live replica holds — its own process's before a restart, a dead replica's
/// whose lease ran out — and resumes it: stored replies not yet sent are sent (never by running their turn again),
/// then turns that never committed run.</summary>
internal sealed partial class InboundWorker(
    InboundQueue queue, InboundReplies replies, IEnumerable<IInboundProcessor> processors, IServiceScopeFactory scopes,
    DatabaseBackend backend, IOptions<InboundOptions> options, TimeProvider time, ILogger<InboundWorker> logger) : BackgroundService
{
    private const int Lanes = 8;
    internal const int MaxAttempts = 3;

    // Taken over in one round at most; the next round (a quarter lease later) takes the rest.
    private const int MaxTakeOver = 1000;
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan EarlierPoll = TimeSpan.FromMilliseconds(100);

    private readonly Dictionary<string, IInboundProcessor> _processors = processors.ToDictionary(p => p.Channel);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lanes = Enumerable.Range(0, Lanes).Select(_ => Channel.CreateUnbounded<InboundQueue.Pending>(new() { SingleReader = true })).ToArray();
        await TakeOverAsync(atStart: true, stoppingToken);
        var workers = lanes.Select(lane => RunLaneAsync(lane.Reader, stoppingToken)).ToList();
        var keeper = KeepLeasesAsync(stoppingToken);
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
        await keeper;
        await replies.StopAsync();
    }

    /// <summary>Every quarter lease: renews this replica's hold on the messages it has not answered yet, then takes over
    /// those whose holder stopped renewing.</summary>
    private async Task KeepLeasesAsync(CancellationToken stoppingToken)
    {
        var every = options.Value.Lease / 4;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, time, stoppingToken);
                await using (var scope = scopes.CreateAsyncScope())
                {
                    var until = time.GetUtcNow() + options.Value.Lease;
                    await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().InboundWork
                        .Where(w => w.RepliedAt == null && w.LeaseUntil != null && w.LeaseOwner == queue.Owner)
                        .ExecuteUpdateAsync(u => u.SetProperty(w => w.LeaseUntil, until), stoppingToken);
                }

                await TakeOverAsync(atStart: false, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // Not fatal: the next round tries again, and a lease is longer than several rounds.
                LogLeasesNotKept(logger, ex);
            }
        }
    }

    /// <summary>Takes over the messages not yet answered that no live replica holds: with no lease (stored before
    /// leases), with a lease that ran out, or — at start — held by a process of this machine that no longer runs (this
    /// replica before its restart). Then replies first, in arrival order, so that each conversation's queue starts
    /// with what was said earliest; then the turns that did not commit.</summary>
    private async Task TakeOverAsync(bool atStart, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var now = time.GetUtcNow();
        var dead = new List<string>();
        if (atStart)
        {
            var prefix = ProcessIdentity.MachinePrefix;
            var owners = await db.InboundWork.AsNoTracking()
                .Where(w => w.RepliedAt == null && w.LeaseUntil >= now && w.LeaseOwner != null && w.LeaseOwner.StartsWith(prefix))
                .Select(w => w.LeaseOwner!).Distinct().ToListAsync(cancellationToken);
            dead = [.. owners.Where(o => !ProcessIdentity.IsAlive(ProcessIdentity.ProcessOf(o)))];
        }

        var free = db.InboundWork.Where(w => w.RepliedAt == null
            && (w.LeaseUntil == null || w.LeaseUntil < now || (w.LeaseOwner != null && EF.Parameter(dead).Contains(w.LeaseOwner))));
        var candidates = await free.AsNoTracking().OrderBy(w => w.Id).Select(w => w.Id).Take(MaxTakeOver).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return;
        }

        // Guarded: a message another replica took over a moment ago keeps its new holder.
        var until = now + options.Value.Lease;
        await free.Where(w => EF.Parameter(candidates).Contains(w.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(w => w.LeaseOwner, queue.Owner).SetProperty(w => w.LeaseUntil, until), cancellationToken);
        var mine = db.InboundWork.AsNoTracking().Where(w => EF.Parameter(candidates).Contains(w.Id) && w.LeaseOwner == queue.Owner);
        var unsent = await mine.Where(w => w.ProcessedAt != null).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        foreach (var work in unsent)
        {
            HandReplies(work);
        }

        var unprocessed = await mine.Where(w => w.ProcessedAt == null && w.Attempts < MaxAttempts)
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

        if (backend.AllowsReplicas)
        {
            await AfterEarlierTurnsAsync(work, stoppingToken);
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

    /// <summary>With several replicas, the person's earlier message may be held by another one (it reached that replica
    /// first): this turn waits until that one's turn has run, so that he is answered in the order he wrote. An earlier
    /// message whose holder stopped renewing its lease is taken over and run here first. (In one process the lanes keep
    /// the order already: a message of the same person is never behind another lane's.)</summary>
    private async Task AfterEarlierTurnsAsync(InboundWork work, CancellationToken stoppingToken)
    {
        var waiting = false;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var earlier = await db.InboundWork.AsNoTracking()
                .Where(w => w.OrderKey == work.OrderKey && w.Id < work.Id && w.ProcessedAt == null && w.Attempts < MaxAttempts)
                .OrderBy(w => w.Id).Select(w => new { w.Id, w.LeaseOwner, w.LeaseUntil }).FirstOrDefaultAsync(stoppingToken);
            if (earlier is null || earlier.LeaseOwner == queue.Owner)
            {
                return;
            }

            var now = time.GetUtcNow();
            if (earlier.LeaseUntil is { } until && until >= now)
            {
                if (!waiting)
                {
                    LogWaitingForEarlier(logger, work.Id, earlier.Id, earlier.LeaseOwner);
                    waiting = true;
                }

                await Task.Delay(EarlierPoll, time, stoppingToken);
                continue;
            }

            // Its holder died: take it over (unless another replica just did) and run it first, here.
            var taken = await db.InboundWork
                .Where(w => w.Id == earlier.Id && w.ProcessedAt == null && (w.LeaseUntil == null || w.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(w => w.LeaseOwner, queue.Owner).SetProperty(w => w.LeaseUntil, now + options.Value.Lease), stoppingToken);
            if (taken == 1)
            {
                await ProcessAsync(new InboundQueue.Pending(earlier.Id, work.OrderKey, null), stoppingToken);
            }
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

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Inbound message {Id} waits for the same person's earlier message {Earlier}, which {Holder} is answering")]
    private static partial void LogWaitingForEarlier(ILogger logger, long id, long earlier, string? holder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The leases on inbound messages could not be renewed or taken over now; trying again shortly")]
    private static partial void LogLeasesNotKept(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Taking over inbound messages no live replica holds (after a restart, or a replica's lease ran out): {Turns} to run, {Replies} with replies still to send")]
    private static partial void LogResuming(ILogger logger, int turns, int replies);

    [LoggerMessage(Level = LogLevel.Error, Message = "Processing inbound {Channel} message {Id} failed (attempt {Attempt})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string channel, long id, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "No processor for inbound {Channel} message {Id}; it stays unprocessed")]
    private static partial void LogNoProcessor(ILogger logger, string channel, long id);
}
