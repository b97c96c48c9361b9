using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Support;

namespace Lianzheng.Tests.Bot.WeCom;

/// <summary>WeCom's per-member limits, counted on our side. The sliding windows keep real time (they cannot take the
/// injected TimeProvider), so these tests check the counts, the refusals and that a slot comes back, but not when.</summary>
public sealed class WeComMemberLimiterTests
{
    [Fact]
    public void A_member_gets_30_slots_a_minute_and_then_the_time_to_wait()
    {
        using var limiter = new WeComMemberLimiter();
        for (var i = 0; i < WeComMemberLimiter.PerMinute; i++)
        {
            Assert.True(limiter.TryTake("ZhuHaoran", out var none), $"message {i + 1}");
            Assert.Equal(TimeSpan.Zero, none);
        }

        Assert.False(limiter.TryTake("ZhuHaoran", out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromTicks(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void Members_are_counted_apart_and_a_userid_in_other_case_is_the_same_member()
    {
        using var limiter = new WeComMemberLimiter();
        for (var i = 0; i < WeComMemberLimiter.PerMinute; i++)
        {
            Assert.True(limiter.TryTake("ZhuHaoran", out _));
        }

        Assert.False(limiter.TryTake("zhuhaoran", out _));
        Assert.True(limiter.TryTake("WuHaiyan", out _));
    }

    [Fact]
    public void Over_the_hourly_limit_the_member_waits_longer_than_a_minute()
    {
        using var limiter = new WeComMemberLimiter(perMinute: 3, TimeSpan.FromMinutes(1), perHour: 2, TimeSpan.FromHours(1));
        Assert.True(limiter.TryTake("ZhuHaoran", out _));
        Assert.True(limiter.TryTake("ZhuHaoran", out _));

        Assert.False(limiter.TryTake("ZhuHaoran", out var retryAfter));
        Assert.InRange(retryAfter, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task A_refusal_for_the_longer_limit_spends_nothing_of_the_shorter_one()
    {
        // Periods swapped so that the "hour" slides quickly and the "minute" does not within the test: the shorter
        // count has 2 slots for the whole test, the longer one a slot at a time.
        using var limiter = new WeComMemberLimiter(perMinute: 2, TimeSpan.FromHours(1), perHour: 1, TimeSpan.FromMilliseconds(120));
        Assert.True(limiter.TryTake("ZhuHaoran", out _));
        for (var i = 0; i < 5; i++)
        {
            Assert.False(limiter.TryTake("ZhuHaoran", out _));
        }

        // Had the refusals taken from the 2 slots, none would be left once the longer window slides.
        await Eventually.TrueAsync(() => Task.FromResult(limiter.TryTake("ZhuHaoran", out _)), "the second slot");
        await Eventually.TrueAsync(() => Task.FromResult(!limiter.TryTake("ZhuHaoran", out var wait) && wait >= TimeSpan.FromMinutes(1)),
            "the third refused for the shorter count");
    }

    [Fact]
    public async Task A_slot_comes_back_once_the_window_has_slid_past_it()
    {
        using var limiter = new WeComMemberLimiter(perMinute: 1, TimeSpan.FromMilliseconds(120), perHour: 100, TimeSpan.FromHours(1));
        Assert.True(limiter.TryTake("ZhuHaoran", out _));
        Assert.False(limiter.TryTake("ZhuHaoran", out _));

        await Eventually.TrueAsync(() => Task.FromResult(limiter.TryTake("ZhuHaoran", out _)), "the second slot");
    }
}
