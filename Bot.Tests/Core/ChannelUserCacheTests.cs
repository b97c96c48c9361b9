using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Core;

/// <summary>The person behind a channel user is remembered for a minute of the injected clock, and never for more
/// people than the cache's size limit.</summary>
public sealed class ChannelUserCacheTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly ChannelUserCache _cache;

    public ChannelUserCacheTests() => _cache = new ChannelUserCache(_clock);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void A_person_is_remembered_for_one_minute_of_the_injected_clock()
    {
        var zhu = Person(13);
        _cache.Set("wecom", "ZhuHaoran", zhu);

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.True(_cache.TryGet("wecom", "ZhuHaoran", out var found));
        Assert.Same(zhu, found);
        Assert.False(_cache.TryGet("msteams", "ZhuHaoran", out _));

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(_cache.TryGet("wecom", "ZhuHaoran", out _));
    }

    [Fact]
    public void An_import_clears_everyone_at_once()
    {
        _cache.Set("wecom", "ZhuHaoran", Person(13));
        _cache.Set("msteams", "29:wu", Person(2));

        _cache.Clear();

        Assert.False(_cache.TryGet("wecom", "ZhuHaoran", out _));
        Assert.False(_cache.TryGet("msteams", "29:wu", out _));
        Assert.Equal(0, _cache.Count);
    }

    [Fact]
    public void The_cache_never_holds_more_people_than_its_size_limit()
    {
        var someone = Person(1);
        for (var i = 0; i < ChannelUserCache.SizeLimit + 500; i++)
        {
            _cache.Set("wecom", "user" + i, someone);
            Assert.True(_cache.Count <= ChannelUserCache.SizeLimit, $"{_cache.Count} entries after {i + 1} set");
        }
    }

    [Fact]
    public async Task People_not_asked_about_for_a_minute_leave_the_cache()
    {
        for (var i = 0; i < 100; i++)
        {
            _cache.Set("wecom", "user" + i, Person(i + 1));
        }

        _clock.Advance(TimeSpan.FromMinutes(2));
        // A read starts the cache's scan for expired entries (at most once a minute of its clock).
        Assert.False(_cache.TryGet("wecom", "user0", out _));
        await Eventually.TrueAsync(() => Task.FromResult(_cache.Count == 0), "the expired entries removed");
    }

    private static Staff Person(int id) => new() { Id = id, EmployeeNo = $"A{id:000}", Name = "员工" + id };
}
