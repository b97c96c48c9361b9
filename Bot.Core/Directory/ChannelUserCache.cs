using System.Collections.Concurrent;
using Lianzheng.Core.Domain;

namespace Lianzheng.Core.Directory;

/// <summary>Who is behind a channel user, for a minute: every message asks, the answer changes a few times a year. The
/// cached person is a read-only snapshot (roles and section loaded); an import in this process clears the cache, one
/// from another process (the CLI) is seen within the minute. People not found are not cached, so a user linked a
/// moment ago is recognised at once.</summary>
public sealed class ChannelUserCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string Channel, string UserId), (Staff Staff, DateTimeOffset Until)> _entries = new();

    public bool TryGet(string channel, string channelUserId, out Staff staff)
    {
        if (_entries.TryGetValue((channel, channelUserId), out var entry) && time.GetUtcNow() < entry.Until)
        {
            staff = entry.Staff;
            return true;
        }

        staff = null!;
        return false;
    }

    public void Set(string channel, string channelUserId, Staff staff) =>
        _entries[(channel, channelUserId)] = (staff, time.GetUtcNow() + Lifetime);

    public void Clear() => _entries.Clear();
}
