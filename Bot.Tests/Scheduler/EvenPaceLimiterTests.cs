using System.Diagnostics;
using Lianzheng.Core.Messaging;
using Lianzheng.Scheduler.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Scheduler;

public sealed class EvenPaceLimiterTests
{
    [Fact]
    public void Permits_are_spaced_exactly_one_interval_apart()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new EvenPaceLimiter(50, clock);
        for (var i = 0; i < 120; i++)
        {
            Assert.True(limiter.AttemptAcquire().IsAcquired, $"permit {i} at its slot");
            clock.Advance(TimeSpan.FromMilliseconds(19));
            Assert.False(limiter.AttemptAcquire().IsAcquired, $"permit {i + 1} before its slot");
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }
    }

    [Fact]
    public void Waiting_permits_are_granted_in_turn_on_the_injected_clock()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        using var limiter = new EvenPaceLimiter(10, clock);
        var context = new SteppedSynchronizationContext();
        context.Run(() =>
        {
            var waiting = Enumerable.Range(0, 5).Select(_ => limiter.AcquireAsync(1, TestContext.Current.CancellationToken).AsTask()).ToList();
            context.RunUntilIdle();
            Assert.Equal(1, waiting.Count(w => w.IsCompleted)); // the first slot is now
            for (var granted = 2; granted <= 5; granted++)
            {
                clock.Advance(TimeSpan.FromMilliseconds(99));
                context.RunUntilIdle(); // all that 99 ms made ready has run: the next permit is still waiting
                Assert.Equal(granted - 1, waiting.Count(w => w.IsCompleted));
                clock.Advance(TimeSpan.FromMilliseconds(1));
                context.RunUntilIdle();
                Assert.Equal(granted, waiting.Count(w => w.IsCompleted));
            }

            Assert.All(waiting, w => Assert.True(w.Result.IsAcquired));
        });
    }

    [Fact]
    public async Task On_the_real_clock_many_waiters_never_go_faster_than_the_rate()
    {
        using var limiter = new EvenPaceLimiter(50, TimeProvider.System);
        var started = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, 51), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (_, ct) =>
        {
            using var lease = await limiter.AcquireAsync(1, ct);
            Assert.True(lease.IsAcquired);
        });

        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromSeconds(1), "51 permits at 50/s take at least a second");
    }
}
