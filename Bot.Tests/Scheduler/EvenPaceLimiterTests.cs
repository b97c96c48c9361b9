using System.Diagnostics;
using Lianzheng.Scheduler.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Scheduler;

public sealed class EvenPaceLimiterTests
{
    [Fact]
    public async Task Permits_come_evenly_in_order_and_never_more_than_the_rate_in_a_second()
    {
        using var limiter = new EvenPaceLimiter(50, TimeProvider.System);
        var times = new long[75];
        await Parallel.ForEachAsync(Enumerable.Range(0, times.Length), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            using var lease = await limiter.AcquireAsync(1, ct);
            Assert.True(lease.IsAcquired);
            times[i] = Stopwatch.GetTimestamp();
        });

        Array.Sort(times);
        var elapsed = (times[^1] - times[0]) / (double)Stopwatch.Frequency;
        Assert.InRange(elapsed, 74 / 50.0 - 0.005, 74 / 50.0 + 0.5);
        for (var i = 0; i + 51 < times.Length; i++)
        {
            // A late wake-up can bring two permits closer, but never 52 into one second: at most rate + 1.
            Assert.True(times[i + 51] - times[i] >= Stopwatch.Frequency, $"permits {i} and {i + 51} within a second");
        }
    }

    [Fact]
    public async Task A_permit_waits_on_the_injected_clock_and_try_acquire_refuses_before_the_slot()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new EvenPaceLimiter(10, clock);
        Assert.True(limiter.AttemptAcquire().IsAcquired);
        Assert.False(limiter.AttemptAcquire().IsAcquired);
        var next = limiter.AcquireAsync(1, TestContext.Current.CancellationToken).AsTask();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(100));
        Assert.True((await next).IsAcquired);
    }
}
