using Lianzheng.Bot.Teams;
using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot.Teams;

/// <summary>A Teams user whose stored reference matches is remembered for an hour of the injected clock, with the same
/// details only, and never for more users than the cache's size limit.</summary>
public sealed class TeamsReferenceCacheTests : IDisposable
{
    private static readonly TeamsReferenceCache.Fingerprint Seen =
        new("https://smba.trafficmanager.net/cn/", "bot-id", "tenant", "aad-wu", "吴海燕", "a:conv", "Asia/Shanghai");

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly TeamsReferenceCache _cache;

    public TeamsReferenceCacheTests() => _cache = new TeamsReferenceCache(_clock);

    public void Dispose() => _cache.Dispose();

    [Fact]
    public void A_user_is_remembered_for_one_hour_with_the_same_details_only()
    {
        _cache.Remember("29:wu", Seen, staffId: 2);

        _clock.Advance(TimeSpan.FromMinutes(59));
        Assert.True(_cache.TryGetStaffId("29:wu", Seen, out var staffId));
        Assert.Equal(2, staffId);
        Assert.False(_cache.TryGetStaffId("29:wu", Seen with { UserName = "吴海燕（审计一科）" }, out _));
        Assert.False(_cache.TryGetStaffId("29:zhu", Seen, out _));

        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(_cache.TryGetStaffId("29:wu", Seen, out _));
    }

    [Fact]
    public void A_forgotten_user_is_looked_up_again()
    {
        _cache.Remember("29:wu", Seen, staffId: 2);

        _cache.Forget("29:wu");

        Assert.False(_cache.TryGetStaffId("29:wu", Seen, out _));
    }

    [Fact]
    public void The_cache_never_holds_more_users_than_its_size_limit()
    {
        for (var i = 0; i < TeamsReferenceCache.SizeLimit + 500; i++)
        {
            _cache.Remember("29:user" + i, Seen, staffId: i + 1);
            Assert.True(_cache.Count <= TeamsReferenceCache.SizeLimit, $"{_cache.Count} entries after {i + 1} remembered");
        }
    }

    [Fact]
    public async Task Users_not_seen_for_an_hour_leave_the_cache()
    {
        for (var i = 0; i < 100; i++)
        {
            _cache.Remember("29:user" + i, Seen, staffId: i + 1);
        }

        _clock.Advance(TimeSpan.FromHours(2));
        // A read starts the cache's scan for expired entries (at most once a minute of its clock).
        Assert.False(_cache.TryGetStaffId("29:user0", Seen, out _));
        await Eventually.TrueAsync(() => Task.FromResult(_cache.Count == 0), "the expired entries removed");
    }
}
