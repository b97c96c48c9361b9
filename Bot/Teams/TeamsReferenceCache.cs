using Lianzheng.Core.Time;
using Microsoft.Extensions.Caching.Memory;

namespace Lianzheng.Bot.Teams;

/// <summary>The Teams users whose stored conversation reference already matches what their last activity said (and who
/// are linked to a staff member): their next activity with the same details needs no database work at all. An entry
/// lasts an hour, so that the stored reference is still touched now and then.</summary>
/// <remarks>A MemoryCache of its own (not the shared IMemoryCache), so that its size limit counts these entries only.
/// Expired entries are dropped when read and by the cache's periodic scan.</remarks>
public sealed class TeamsReferenceCache(TimeProvider time) : IDisposable
{
    /// <summary>At most this many users at once, one unit each. The bot serves one bureau's tenant, a few thousand
    /// people at most, so 10 000 holds everyone who wrote within the hour; an entry is a few short strings, so the
    /// cache stays within a few megabytes even if something made up user ids. Over the limit a user is simply not
    /// remembered (his next activity checks the stored reference) while the cache compacts itself.</summary>
    public const int SizeLimit = 10_000;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions
    {
        SizeLimit = SizeLimit,
        Clock = new TimeProviderClock(time),
    });

    /// <summary>How many users are remembered now (for tests).</summary>
    internal int Count => _entries.Count;

    public bool TryGetStaffId(string teamsUserId, Fingerprint fingerprint, out int staffId)
    {
        staffId = 0;
        if (!_entries.TryGetValue(teamsUserId, out Entry? entry) || entry is null || entry.Fingerprint != fingerprint)
        {
            return false;
        }

        staffId = entry.StaffId;
        return true;
    }

    public void Remember(string teamsUserId, Fingerprint fingerprint, int staffId) =>
        _entries.Set(teamsUserId, new Entry(fingerprint, staffId), new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = Lifetime,
            Size = 1,
        });

    public void Forget(string teamsUserId) => _entries.Remove(teamsUserId);

    public void Dispose() => _entries.Dispose();

    /// <summary>Everything of an activity that the stored reference keeps.</summary>
    public sealed record Fingerprint(
        string ServiceUrl, string BotId, string? TenantId, string? AadObjectId, string? UserName, string? ConversationId, string? TimeZone)
    {
        public static Fingerprint Of(Activity activity, string botId) => new(
            activity.ServiceUrl!, botId, activity.TenantId, activity.From?.AadObjectId, activity.From?.Name,
            activity.Conversation?.Id, activity.ClientTimeZone);
    }

    private sealed record Entry(Fingerprint Fingerprint, int StaffId);
}
