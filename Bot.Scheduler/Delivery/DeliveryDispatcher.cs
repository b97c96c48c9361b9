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

/// <summary>Drains the outbox: claims due deliveries by lease (so that several replicas never send one twice), sends
/// them through their channel's sender within its rate limit, and records every attempt: delivered, throttled (try
/// again after the wait the channel asked for), transient (backoff), unreachable or failed.</summary>
public sealed partial class DeliveryDispatcher(
    IServiceScopeFactory scopes, IEnumerable<IChannelSender> senders, IOptions<DeliveryOptions> options, TimeProvider time,
    IHostApplicationLifetime lifetime, ILogger<DeliveryDispatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, IChannelSender> _senders = senders.ToDictionary(s => s.Channel);
    private readonly string _owner = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly Dictionary<string, RateLimiter> _limiters = [];

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
            var perSecond = options.Value.RequestsPerSecond.GetValueOrDefault(channel, 10);
            _limiters[channel] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = perSecond,
                TokensPerPeriod = perSecond,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await RunOnceAsync(stoppingToken) == 0)
                {
                    await Task.Delay(options.Value.PollInterval, time, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogLoopFailed(logger, ex);
                await Task.Delay(options.Value.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Claims and sends one batch; returns how many deliveries it handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        // A channel that sends to many people per call gets the recipients of one message together.
        var calls = claimed
            .GroupBy(d => _senders[d.Channel] is IBulkChannelSender ? $"{d.Channel}/{d.MessageId}" : $"{d.Channel}/{d.MessageId}/{d.Id}")
            .SelectMany(g => g.Chunk(_senders[g.First().Channel] is IBulkChannelSender bulk ? bulk.MaxRecipientsPerCall : 1))
            .ToList();
        await Parallel.ForEachAsync(calls, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (deliveries, ct) => await SendAsync(deliveries, ct));
        return claimed.Count;
    }

    private async Task<List<Core.Domain.Delivery>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var now = time.GetUtcNow();
        var channels = _senders.Keys.ToList();
        var candidates = await db.Deliveries.AsNoTracking()
            .Where(d => d.Status == DeliveryStatus.Pending && channels.Contains(d.Channel)
                && (d.NextAttemptAt == null || d.NextAttemptAt <= now) && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.Id).Select(d => d.Id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
        var leaseUntil = now + options.Value.Lease;
        var claimed = new List<long>();
        foreach (var id in candidates)
        {
            var taken = await db.Deliveries
                .Where(d => d.Id == id && d.Status == DeliveryStatus.Pending && (d.LeaseUntil == null || d.LeaseUntil < now))
                .ExecuteUpdateAsync(u => u.SetProperty(d => d.LeaseOwner, _owner).SetProperty(d => d.LeaseUntil, leaseUntil), cancellationToken);
            if (taken == 1)
            {
                claimed.Add(id);
            }
        }

        return await db.Deliveries.AsNoTracking().Include(d => d.Message).Where(d => claimed.Contains(d.Id)).ToListAsync(cancellationToken);
    }

    private async Task SendAsync(Core.Domain.Delivery[] deliveries, CancellationToken cancellationToken)
    {
        var first = deliveries[0];
        using var lease = await _limiters[first.Channel].AcquireAsync(1, cancellationToken);
        var message = Core.Outbox.Outbox.ToOutbound(first.Message!);
        IReadOnlyDictionary<int, SendResult> results;
        try
        {
            results = _senders[first.Channel] is IBulkChannelSender bulk && deliveries.Length > 1
                ? await bulk.SendManyAsync([.. deliveries.Select(d => d.RecipientId)], message, cancellationToken)
                : new Dictionary<int, SendResult> { [first.RecipientId] = await _senders[first.Channel].SendAsync(first.RecipientId, message, cancellationToken) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendThrew(logger, ex, first.Id);
            results = deliveries.ToDictionary(d => d.RecipientId, SendResult (_) => new SendResult.TransientFailure(ex.Message));
        }

        foreach (var delivery in deliveries)
        {
            await RecordAsync(delivery.Id, results.GetValueOrDefault(delivery.RecipientId) ?? new SendResult.TransientFailure("no result from the channel"), cancellationToken);
        }
    }

    private async Task RecordAsync(long deliveryId, SendResult result, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var delivery = await db.Deliveries.FirstAsync(d => d.Id == deliveryId, CancellationToken.None);
        var now = time.GetUtcNow();
        delivery.Attempts++;
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
        switch (result)
        {
            case SendResult.Delivered delivered:
                delivery.Status = DeliveryStatus.Delivered;
                delivery.SentAt = now;
                delivery.ChannelMessageId = delivered.ChannelMessageId;
                delivery.LastError = null;
                break;
            case SendResult.Throttled throttled:
                delivery.Attempts--;
                delivery.NextAttemptAt = now + throttled.RetryAfter;
                delivery.LastError = "throttled";
                break;
            case SendResult.TransientFailure transient when delivery.Attempts < options.Value.MaxAttempts:
                delivery.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, delivery.Attempts - 1)));
                delivery.LastError = Truncate(transient.Reason);
                break;
            case SendResult.TransientFailure transient:
                delivery.Status = DeliveryStatus.Failed;
                delivery.LastError = Truncate(transient.Reason);
                break;
            case SendResult.RecipientUnreachable unreachable:
                delivery.Status = DeliveryStatus.Unreachable;
                delivery.LastError = Truncate(unreachable.Reason);
                break;
            case SendResult.PermanentFailure permanent:
                delivery.Status = DeliveryStatus.Failed;
                delivery.LastError = Truncate(permanent.Reason);
                break;
        }

        await db.SaveChangesAsync(CancellationToken.None);
        LogRecorded(logger, deliveryId, delivery.Channel, delivery.Status, delivery.Attempts);
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];

    public override void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }

        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivery {DeliveryId} on {Channel}: {Status} after {Attempts} attempt(s)")]
    private static partial void LogRecorded(ILogger logger, long deliveryId, string channel, DeliveryStatus status, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending delivery {DeliveryId} threw; it will be tried again")]
    private static partial void LogSendThrew(ILogger logger, Exception exception, long deliveryId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The delivery dispatcher loop failed; retrying")]
    private static partial void LogLoopFailed(ILogger logger, Exception exception);
}
