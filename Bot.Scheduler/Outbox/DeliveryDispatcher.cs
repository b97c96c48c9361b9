using System.Threading.RateLimiting;
using Lianzheng.Core.Hosting;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Outbox;

/// <summary>Drains the outbox as a pipeline: it claims due deliveries by lease (so that several replicas never send one
/// twice) whenever a sending slot is free, sends each through its channel's sender within the channel's pace, and
/// records every attempt (through <see cref="DeliveryRecorder"/>, in group commits; a call's slot is freed when its
/// outcome is stored, so a crash leaves at most the calls in flight unknown): delivered, throttled (tried again after the wait the channel asked for), transient (backoff),
/// unreachable or failed. A slow or throttled request holds its own slot only; the others keep going. A channel that
/// takes many recipients per call (WeCom) gets the recipients of one message together, up to its limit per call.
/// On shutdown the sends in flight are finished and recorded, not cut off, so a restart repeats none of them.</summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopes, DatabaseBackend backend, IEnumerable<IChannelSender> senders, IOptions<DeliveryOptions> options, TimeProvider time,
    IHostApplicationLifetime lifetime, ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel);
    private readonly Dictionary<string, EvenPaceLimiter> _pace = [];
    private readonly Dictionary<string, SemaphoreSlim> _slots =
        senders.Select(s => s.Channel).Distinct().ToDictionary(c => c, _ => new SemaphoreSlim(options.Value.MaxInFlight, options.Value.MaxInFlight));
    private readonly SemaphoreSlim _finished = new(0);
    private readonly DeliveryRecorder _recorder = new(scopes, options, time, logger);
    private readonly DispatcherRoster _roster = new(scopes, time, options.Value.HeartbeatInterval);
    private DateTimeOffset _nextBeat;
    private RecipientPartition _partition = RecipientPartition.All;
    // Machine, process and start time (what a restart recognises), then this dispatcher (two hosts in one process).
    private readonly string _owner = ProcessIdentity.NewOwner();
    private int _inFlight;
    private long _claims;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_senders.Count == 0)
        {
            return;
        }

        // The database is migrated by a start-up task; begin once the application has started.
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        foreach (var channel in _senders.Keys)
        {
            _pace[channel] = Pace(options.Value.RequestsPerSecond.GetValueOrDefault(channel, 10));
        }

        // Other replicas dispatching already: let them see this one and slow down to their share before it sends. One
        // interval for them to beat and see it (give or take a pass of their loop), one for the requests they had already
        // given a slot at their old pace (at most Delivery:MaxInFlight of them) to go out.
        if (await TryBeatAsync(stoppingToken) > 1)
        {
            try
            {
                await Task.Delay(_roster.Interval * 2, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        try
        {
            await ReleaseLeasesOfDeadProcessesAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not fatal: those rows come back when their lease runs out.
            LogLeaseReleaseFailed(logger, ex);
        }

        var recording = _recorder.RunAsync();

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (time.GetUtcNow() >= _nextBeat)
                    {
                        await TryBeatAsync(stoppingToken);
                    }

                    if (await DispatchAvailableAsync(stoppingToken) == 0)
                    {
                        // Nothing claimable: wait for the poll interval, or less when a send finishes and frees a slot.
                        await WaitAsync(_finished, options.Value.PollInterval, stoppingToken);
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
                catch (Exception ex)
                {
                    LogLoopFailed(logger, ex);
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Let what is in flight finish and be recorded.
        while (Volatile.Read(ref _inFlight) > 0)
        {
            await _finished.WaitAsync(TimeSpan.FromMilliseconds(50), CancellationToken.None);
        }

        _recorder.Complete();
        await recording;
        try
        {
            await _roster.LeaveAsync(_owner);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Its heartbeat ages out instead.
            LogHeartbeatFailed(logger, ex);
        }
    }

    /// <summary>Writes the heartbeat and, when the dispatchers running changed, sets each channel's pace to this one's
    /// share of the channel's limit and takes its part of the people on channels with per-person limits. Returns the
    /// number of dispatchers (the last known, if the write failed).</summary>
    private async Task<int> TryBeatAsync(CancellationToken cancellationToken)
    {
        _nextBeat = time.GetUtcNow() + _roster.Interval;
        try
        {
            var partition = await _roster.BeatAsync(_owner, cancellationToken);
            if (partition != _partition)
            {
                var countChanged = partition.Count != _partition.Count;
                _partition = partition;
                if (countChanged)
                {
                    foreach (var (channel, pace) in _pace)
                    {
                        pace.SetRate(Share(options.Value.RequestsPerSecond.GetValueOrDefault(channel, 10)));
                    }
                }

                LogShare(logger, partition.Count, partition);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogHeartbeatFailed(logger, ex);
        }

        return _partition.Count;
    }

    /// <summary>This dispatcher's part of a limit. An even pace of r a second puts at most r + 1 requests in any second, so
    /// n dispatchers together at most their sum + n: each takes (98 % of the limit − (n − 1)) / n, two per cent under
    /// the limit for the network's jitter as one dispatcher alone does, and one request less per other dispatcher.</summary>
    private double Share(int perSecond) => Math.Max(0.1, ((perSecond * 0.98) - (_partition.Count - 1)) / _partition.Count);

    /// <summary>A pace of this dispatcher's share of <paramref name="perSecond"/> requests a second, spread evenly (no
    /// bursts a channel's sliding window would refuse).</summary>
    private EvenPaceLimiter Pace(int perSecond) => new(Share(perSecond), time);

    /// <summary>Claims, channel by channel, as many due deliveries as the channel has free slots (whole calls for bulk
    /// channels) and starts sending them; returns how many it claimed (or 1 after waiting when every slot is busy).</summary>
    public async Task<int> DispatchAvailableAsync(CancellationToken cancellationToken)
    {
        if (_slots.Values.All(s => s.CurrentCount == 0))
        {
            await WaitAsync(_finished, options.Value.PollInterval, cancellationToken);
            return 1;
        }

        var total = 0;
        foreach (var (channel, slots) in _slots)
        {
            var free = slots.CurrentCount;
            if (free == 0 || cancellationToken.IsCancellationRequested)
            {
                continue;
            }

            // Not cancellable: rows leased by a claim cut short would sit out their lease after a restart. What is
            // claimed is sent, and a stop waits for it.
            var claimed = await ClaimAsync(channel, free, CancellationToken.None);
            total += claimed.Count;
            // A bulk channel's rows still carrying a call key were in a call whose outcome a crash left unknown: they go
            // again as exactly that call. The others are grouped by message, up to the channel's recipients per call.
            var calls = claimed
                .GroupBy(d => _senders[channel] is IBulkChannelSender ? d.CallKey ?? $"{d.MessageId}" : $"{d.MessageId}/{d.Id}")
                .SelectMany(g => g.Chunk(_senders[channel] is IBulkChannelSender bulk ? bulk.MaxRecipientsPerCall : 1));
            foreach (var call in calls)
            {
                await slots.WaitAsync(CancellationToken.None); // free: counted before the claim, and only this loop takes slots
                Interlocked.Increment(ref _inFlight);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        // Not cancelled by shutdown: a send that began is finished and recorded.
                        await SendAsync(call, CancellationToken.None);
                    }
                    catch (Exception ex)
                    {
                        LogSendThrew(logger, ex, call[0].Id);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _inFlight);
                        slots.Release();
                        _finished.Release();
                    }
                }, CancellationToken.None);
            }
        }

        return total;
    }

    private static async Task WaitAsync(SemaphoreSlim signal, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (await signal.WaitAsync(timeout, cancellationToken))
        {
            // Several sends may have finished; one wake-up is enough.
            while (signal.CurrentCount > 0 && signal.Wait(0, cancellationToken))
            {
            }
        }
    }

    /// <summary>Leases up to <paramref name="slots"/> calls' worth of a channel's due deliveries (one statement on
    /// PostgreSQL, SKIP LOCKED; see <see cref="DatabaseBackend.LeaseDeliveriesAsync"/>): a row another dispatcher, of this
    /// replica or another, leased meanwhile is simply not taken.</summary>
    private async Task<List<Delivery>> ClaimAsync(string channel, int slots, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var now = time.GetUtcNow();
        var limit = _senders[channel] is IBulkChannelSender bulk ? bulk.MaxRecipientsPerCall * slots : Math.Min(slots, options.Value.BatchSize);

        // One lease id per claim: the rows it took are exactly those that carry it.
        var lease = $"{_owner}:{Interlocked.Increment(ref _claims)}";
        var people = _senders[channel].LimitsPerRecipient ? _partition : RecipientPartition.All;
        if (await backend.LeaseDeliveriesAsync(db, channel, people, now, limit, lease, now + options.Value.Lease, cancellationToken) == 0)
        {
            return [];
        }

        return await db.Deliveries.AsNoTracking().Include(d => d.Message)
            .Where(d => d.LeaseOwner == lease).OrderBy(d => d.MessageId).ThenBy(d => d.Id).ToListAsync(cancellationToken);
    }

    /// <summary>After a crash (kill -9, power cut) the rows this machine's dead process had leased would sit out their
    /// lease; a restarted dispatcher gives them back at once. A lease names its machine, process id and process start
    /// time, so a live process — another replica on this machine, or one in this very process — keeps its leases.</summary>
    private async Task ReleaseLeasesOfDeadProcessesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var prefix = ProcessIdentity.MachinePrefix;
        var owners = await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.LeaseOwner != null && d.LeaseOwner.StartsWith(prefix))
            .Select(d => d.LeaseOwner!).Distinct().ToListAsync(cancellationToken);
        var dead = owners.Select(ProcessIdentity.ProcessOf).Distinct().Where(o => !ProcessIdentity.IsAlive(o)).ToList();
        foreach (var process in dead)
        {
            var released = await db.Deliveries
                .Where(d => d.Status == DeliveryStatus.Pending && d.LeaseOwner != null && d.LeaseOwner.StartsWith(process + ":"))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseOwner, (string?)null).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
            LogLeasesReleased(logger, released, process);
        }
    }

    /// <summary>Writes the call's key on the rows it really carries, before the request leaves (a bulk channel's call),
    /// so that after a crash the rows are known to have been in this call and are sent again as the identical request.</summary>
    private async Task<string> MarkCallAsync(Delivery[] deliveries)
    {
        // The same rows give the same key, also when a call is retried after a failure: a request WeCom did take although
        // the answer never came back is then recognised too. Rows sent again by 重发未送达 make another call (-r…).
        var resends = deliveries.Max(d => d.Resends);
        var key = $"m{deliveries[0].MessageId}-d{deliveries[0].Id}-n{deliveries.Length}" + (resends > 0 ? $"-r{resends}" : "");
        if (deliveries.All(d => d.CallKey == key))
        {
            return key;
        }

        var ids = deliveries.Select(d => d.Id).ToList();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await db.Deliveries.Where(d => EF.Parameter(ids).Contains(d.Id))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.CallKey, key), CancellationToken.None);
        return key;
    }

    private async Task SendAsync(Delivery[] deliveries, CancellationToken cancellationToken)
    {
        var first = deliveries[0];
        var pace = _pace[first.Channel];
        var message = OutboxWriter.ToOutbound(first.Message!);
        IReadOnlyDictionary<int, SendResult> results;
        try
        {
            if (_senders[first.Channel] is IBulkChannelSender bulk)
            {
                using (await pace.AcquireAsync(1, cancellationToken))
                {
                }

                results = await bulk.SendManyAsync([.. deliveries.Select(d => d.RecipientId)], message,
                    (recipients, _) =>
                    {
                        var carried = recipients.ToHashSet();
                        return MarkCallAsync([.. deliveries.Where(d => carried.Contains(d.RecipientId))]);
                    }, cancellationToken);
            }
            else
            {
                var result = await _senders[first.Channel].SendAsync(first.RecipientId, message, async ct =>
                {
                    using (await pace.AcquireAsync(1, ct))
                    {
                    }
                }, cancellationToken);
                results = new Dictionary<int, SendResult> { [first.RecipientId] = result };
            }
        }
        catch (Exception ex)
        {
            LogSendThrew(logger, ex, first.Id);
            results = deliveries.ToDictionary(d => d.RecipientId, SendResult (_) => new SendResult.TransientFailure(ex.Message));
        }

        // The slot is freed once the outcome is stored (with the others of about now, in one commit).
        await _recorder.PostAsync(deliveries, results, time.GetUtcNow());
    }

    public override void Dispose()
    {
        foreach (var limiter in _pace.Values)
        {
            limiter.Dispose();
        }

        foreach (var slots in _slots.Values)
        {
            slots.Dispose();
        }

        _finished.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "{Count} delivery dispatcher(s) running: each sends its share of the channels' limits; on channels with limits per person " +
            "this one serves part {Partition} of the people")]
    private static partial void LogShare(ILogger logger, int count, RecipientPartition partition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The dispatcher's heartbeat could not be written; the channels' limits stay shared as they were")]
    private static partial void LogHeartbeatFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending delivery {DeliveryId} threw; it will be tried again")]
    private static partial void LogSendThrew(ILogger logger, Exception exception, long deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The leases of dead processes could not be released now; those deliveries wait for their lease to run out")]
    private static partial void LogLeaseReleaseFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Released {Count} delivery lease(s) of {Process}, a process of this machine that is no longer running")]
    private static partial void LogLeasesReleased(ILogger logger, int count, string process);

    [LoggerMessage(Level = LogLevel.Error, Message = "The delivery dispatcher loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
