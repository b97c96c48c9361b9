using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.Extensions.Caching.Memory;

namespace Lianzheng.Core.Messaging;

/// <summary>Who is behind a channel user, for a minute: every message asks, the answer changes a few times a year. The
/// cached person is a read-only snapshot (roles and section loaded); an import in this process clears the cache, one
/// from another process (the CLI) is seen within the minute. People not found are not cached, so a user linked a
/// moment ago is recognised at once.</summary>
/// <remarks>A MemoryCache of its own (not the shared IMemoryCache): its size limit counts these entries only, and
/// <see cref="Clear"/> clears nothing else. Expired entries are dropped when read and by the cache's periodic scan, so
/// the cache shrinks back when people stop writing.</remarks>
public sealed class ChannelUserCache(TimeProvider time) : IDisposable
{
    /// <summary>At most this many people at once, one unit each. A city bureau has a few thousand staff, each on one or
    /// two channels, and only those who wrote within the minute are held: 10 000 holds everyone with room to spare, at
    /// a few kilobytes a snapshot a few tens of megabytes at worst. Over the limit a person is simply not cached (the
    /// next turn reads the database) while the cache compacts itself.</summary>
    public const int SizeLimit = 10_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions
    {
        SizeLimit = SizeLimit,
        Clock = new TimeProviderClock(time),
    });

    /// <summary>How many people are held now (for tests).</summary>
    internal int Count => _entries.Count;

    public bool TryGet(string channel, string channelUserId, out Staff staff)
    {
        if (_entries.TryGetValue((channel, channelUserId), out Staff? found) && found is not null)
        {
            staff = found;
            return true;
        }

        staff = null!;
        return false;
    }

    public void Set(string channel, string channelUserId, Staff staff) =>
        _entries.Set((channel, channelUserId), staff, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = Lifetime,
            Size = 1,
        });

    public void Clear() => _entries.Clear();

    public void Dispose() => _entries.Dispose();
}
