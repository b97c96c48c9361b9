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
    ILogger<DeliveryDispatcher> logger) : BackgroundService
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
        await Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (delivery, ct) => await SendAsync(delivery, ct));
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

    private async Task SendAsync(Core.Domain.Delivery delivery, CancellationToken cancellationToken)
    {
        using var lease = await _limiters[delivery.Channel].AcquireAsync(1, cancellationToken);
        SendResult result;
        try
        {
            result = await _senders[delivery.Channel].SendAsync(delivery.RecipientId, Core.Outbox.Outbox.ToOutbound(delivery.Message!), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendThrew(logger, ex, delivery.Id);
            result = new SendResult.TransientFailure(ex.Message);
        }

        await RecordAsync(delivery.Id, result, cancellationToken);
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
