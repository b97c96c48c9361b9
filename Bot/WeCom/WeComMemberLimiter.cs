using System.Threading.RateLimiting;

namespace Lianzheng.Bot.WeCom;

/// <summary>WeCom delivers at most 30 app messages a minute and 1000 an hour to one member and silently drops the rest,
/// so we count on our side: a message that would go over waits (the caller gets the time to wait).</summary>
/// <remarks>
/// <para>Two partitioned sliding-window limiters, a partition per member (userids compared as WeCom does, ignoring
/// case). A partition whose window is empty again is released by the partitioned limiter after a few seconds idle, so
/// members who stopped receiving cost nothing.</para>
/// <para>A sliding window of n segments returns a permit n segment-ticks after the tick before it was taken, that is
/// after between n - 1 and n segments: so that no permit comes back before WeCom's own minute (hour) is over, each
/// window is 13 segments of a twelfth of the limit's period (a permit is held 60 to 65 seconds, 60 to 65 minutes).</para>
/// <para>The limiters keep time with Stopwatch and replenish on the partitioned limiter's own timer: they cannot follow
/// the injected TimeProvider, so this limiter counts in real time even when the bot runs on a fake clock, and tests can
/// check the counts and the refusals but not, without waiting, when a permit comes back.</para>
/// </remarks>
public sealed class WeComMemberLimiter : IDisposable
{
    public const int PerMinute = 30;
    public const int PerHour = 1000;

    private const int SegmentsPerWindow = 13;

    private readonly PartitionedRateLimiter<string> _perMinute;
    private readonly PartitionedRateLimiter<string> _perHour;
    private readonly TimeSpan _minuteSegment;
    private readonly TimeSpan _hourSegment;

    public WeComMemberLimiter()
        : this(PerMinute, TimeSpan.FromMinutes(1), PerHour, TimeSpan.FromHours(1))
    {
    }

    /// <summary>Other limits and periods, for tests.</summary>
    internal WeComMemberLimiter(int perMinute, TimeSpan minute, int perHour, TimeSpan hour)
    {
        _minuteSegment = minute / (SegmentsPerWindow - 1);
        _hourSegment = hour / (SegmentsPerWindow - 1);
        _perMinute = PerMember(perMinute, _minuteSegment);
        _perHour = PerMember(perHour, _hourSegment);
    }

    /// <summary>Takes a slot for the member now, or says how long until one may be free (then nothing is taken).</summary>
    public bool TryTake(string userId, out TimeSpan retryAfter)
    {
        // The hour is only looked at first (a request for no permit takes none), because a permit taken from a window
        // cannot be given back: a minute's permit is then spent only if another call took the member's last hourly one
        // in between.
        using (var hourLeft = _perHour.AttemptAcquire(userId, permitCount: 0))
        {
            if (!hourLeft.IsAcquired)
            {
                retryAfter = RetryAfter(hourLeft, _hourSegment);
                return false;
            }
        }

        using var minute = _perMinute.AttemptAcquire(userId);
        if (!minute.IsAcquired)
        {
            retryAfter = RetryAfter(minute, _minuteSegment);
            return false;
        }

        using var hour = _perHour.AttemptAcquire(userId);
        if (!hour.IsAcquired)
        {
            retryAfter = RetryAfter(hour, _hourSegment);
            return false;
        }

        retryAfter = TimeSpan.Zero;
        return true;
    }

    public void Dispose()
    {
        _perMinute.Dispose();
        _perHour.Dispose();
    }

    private static PartitionedRateLimiter<string> PerMember(int permits, TimeSpan segment) =>
        PartitionedRateLimiter.Create<string, string>(
            userId => RateLimitPartition.GetSlidingWindowLimiter(userId, _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = segment * SegmentsPerWindow,
                SegmentsPerWindow = SegmentsPerWindow,
                QueueLimit = 0,
            }),
            StringComparer.OrdinalIgnoreCase);

    /// <summary>The limiter's own hint if it gives one; otherwise the next slide of the window, the earliest a permit
    /// can come back.</summary>
    private static TimeSpan RetryAfter(RateLimitLease refused, TimeSpan segment) =>
        refused.TryGetMetadata(MetadataName.RetryAfter, out var hint) && hint > TimeSpan.Zero ? hint : segment;
}
