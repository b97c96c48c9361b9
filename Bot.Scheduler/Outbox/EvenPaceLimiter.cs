using System.Threading.RateLimiting;
using Lianzheng.Core.Outbox;

namespace Lianzheng.Scheduler.Outbox;

/// <summary>A rate limiter that hands out permits on an even schedule — one every 1/rate seconds, in order — so that
/// requests reach a channel as evenly as its limit allows: never more than rate + 1 in any one-second window, which a
/// channel counting on a sliding window accepts. (The token bucket refills on a timer of whole milliseconds, which
/// turns 49/s into 50/s and lets a late tick bunch requests.) A permit not used still spends its slot.</summary>
public sealed class EvenPaceLimiter(double permitsPerSecond, TimeProvider time) : RateLimiter
{
    private long _interval = (long)(time.TimestampFrequency / permitsPerSecond);
    private readonly Lock _gate = new();
    private long _next = time.GetTimestamp();
    private long _granted;

    /// <summary>Changes the pace from the next permit on (a replica's share of a limit, when replicas come or go).</summary>
    public void SetRate(double perSecond)
    {
        lock (_gate)
        {
            _interval = (long)(time.TimestampFrequency / perSecond);
        }
    }

    public override TimeSpan? IdleDuration
    {
        get
        {
            var now = time.GetTimestamp();
            lock (_gate)
            {
                return now >= _next ? time.GetElapsedTime(_next, now) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics() => new()
    {
        CurrentAvailablePermits = IdleDuration is null ? 0 : 1,
        TotalSuccessfulLeases = Interlocked.Read(ref _granted),
    };

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        var now = time.GetTimestamp();
        lock (_gate)
        {
            if (permitCount == 0 || now < _next)
            {
                return permitCount == 0 && now >= _next ? Lease.Granted : Lease.Refused;
            }

            _next = now + (_interval * permitCount);
        }

        Interlocked.Add(ref _granted, permitCount);
        return Lease.Granted;
    }

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        long slot;
        lock (_gate)
        {
            slot = Math.Max(time.GetTimestamp(), _next);
            _next = slot + (_interval * permitCount);
        }

        var wait = time.GetElapsedTime(time.GetTimestamp(), slot);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }

        // Timers may fire a little early: never hand out a slot before its time.
        while (time.GetTimestamp() < slot)
        {
            await Task.Yield();
        }

        Interlocked.Add(ref _granted, permitCount);
        return Lease.Granted;
    }

    private sealed class Lease(bool acquired) : RateLimitLease
    {
        public static readonly Lease Granted = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
