using System.Threading.RateLimiting;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Delivery;

/// <summary>Drains the outbox as a pipeline: it claims due deliveries by lease (so that several replicas never send one
/// twice) whenever a sending slot is free, sends each through its channel's sender within the channel's pace, and
/// records every attempt (through <see cref="DeliveryRecorder"/>, in batches, so that a slow commit never holds a
/// sending slot): delivered, throttled (tried again after the wait the channel asked for), transient (backoff),
/// unreachable or failed. A slow or throttled request holds its own slot only; the others keep going. A channel that
/// takes many recipients per call (WeCom) gets the recipients of one message together, up to its limit per call.
/// On shutdown the sends in flight are finished and recorded, not cut off, so a restart repeats none of them.</summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopes, IEnumerable<IChannelSender> senders, IOptions<DeliveryOptions> options, TimeProvider time,
    IHostApplicationLifetime lifetime, ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel);
    private readonly Dictionary<string, RateLimiter> _pace = [];
    private readonly Dictionary<string, SemaphoreSlim> _slots =
        senders.Select(s => s.Channel).Distinct().ToDictionary(c => c, _ => new SemaphoreSlim(options.Value.MaxInFlight, options.Value.MaxInFlight));
    private readonly SemaphoreSlim _finished = new(0);
    private readonly DeliveryRecorder _recorder = new(scopes, options, logger);
    private int _inFlight;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_senders.Count == 0)
        {
            return;
        }

        // The database is migrated by a start-up task; begin once the application has started.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        using (stoppingToken.Register(() => started.TrySetCanceled()))
        {
            try
            {
                await started.Task;
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        foreach (var channel in _senders.Keys)
        {
            _pace[channel] = Pace(options.Value.RequestsPerSecond.GetValueOrDefault(channel, 10));
        }

        var recording = _recorder.RunAsync();

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
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
    }

    /// <summary>A pace of <paramref name="perSecond"/> requests a second, spread evenly (no bursts a channel's sliding
    /// window would refuse), two per cent under the limit to allow for the network's jitter.</summary>
    private RateLimiter Pace(int perSecond) => new EvenPaceLimiter(perSecond * 0.98, time);

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
            var calls = claimed
                .GroupBy(d => _senders[channel] is IBulkChannelSender ? $"{d.MessageId}" : $"{d.MessageId}/{d.Id}")
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
            while (signal.CurrentCount > 0 && signal.Wait(0))
            {
            }
        }
    }

    /// <summary>Leases up to <paramref name="slots"/> calls' worth of a channel's due deliveries in one statement: a
    /// row someone else leased meanwhile is simply not taken.</summary>
    private async Task<List<Core.Domain.Delivery>> ClaimAsync(string channel, int slots, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var now = time.GetUtcNow();
        var limit = _senders[channel] is IBulkChannelSender bulk ? bulk.MaxRecipientsPerCall * slots : Math.Min(slots, options.Value.BatchSize);
        var candidates = await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && d.Channel == channel
                && (d.NextAttemptAt == null || d.NextAttemptAt <= now) && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.MessageId).ThenBy(d => d.Id).Select(d => d.Id).Take(limit).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // One lease id per claim: the rows it took are exactly those that carry it.
        var lease = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
        await db.Deliveries
            .Where(d => EF.Parameter(candidates).Contains(d.Id) && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseOwner, lease).SetProperty(d => d.LeaseUntil, now + options.Value.Lease), cancellationToken);
        return await db.Deliveries.AsNoTracking().Include(d => d.Message)
            .Where(d => d.LeaseOwner == lease).OrderBy(d => d.MessageId).ThenBy(d => d.Id).ToListAsync(cancellationToken);
    }

    private async Task SendAsync(Core.Domain.Delivery[] deliveries, CancellationToken cancellationToken)
    {
        var first = deliveries[0];
        var pace = _pace[first.Channel];
        var message = Core.Outbox.Outbox.ToOutbound(first.Message!);
        IReadOnlyDictionary<int, SendResult> results;
        try
        {
            if (_senders[first.Channel] is IBulkChannelSender bulk && deliveries.Length > 1)
            {
                using (await pace.AcquireAsync(1, cancellationToken))
                {
                }

                results = await bulk.SendManyAsync([.. deliveries.Select(d => d.RecipientId)], message, cancellationToken);
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

        _recorder.Post(deliveries, results, time.GetUtcNow());
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending delivery {DeliveryId} threw; it will be tried again")]
    private static partial void LogSendThrew(ILogger logger, Exception exception, long deliveryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The delivery dispatcher loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
