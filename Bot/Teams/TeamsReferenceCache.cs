using System.Collections.Concurrent;

namespace Lianzheng.Bot.Teams;

/// <summary>The Teams users whose stored conversation reference already matches what their last activity said (and who
/// are linked to a staff member): their next activity with the same details needs no database work at all. An entry
/// lasts an hour, so that the stored reference is still touched now and then.</summary>
public sealed class TeamsReferenceCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, (Fingerprint Fingerprint, int StaffId, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);

    public bool TryGetStaffId(string teamsUserId, Fingerprint fingerprint, out int staffId)
    {
        staffId = 0;
        if (!_entries.TryGetValue(teamsUserId, out var entry) || entry.Fingerprint != fingerprint || time.GetUtcNow() >= entry.Until)
        {
            return false;
        }

        staffId = entry.StaffId;
        return true;
    }

    public void Remember(string teamsUserId, Fingerprint fingerprint, int staffId) =>
        _entries[teamsUserId] = (fingerprint, staffId, time.GetUtcNow() + Lifetime);

    public void Forget(string teamsUserId) => _entries.TryRemove(teamsUserId, out _);

    /// <summary>Everything of an activity that the stored reference keeps.</summary>
    public sealed record Fingerprint(
        string ServiceUrl, string BotId, string? TenantId, string? AadObjectId, string? UserName, string? ConversationId, string? TimeZone)
    {
        public static Fingerprint Of(Activity activity, string botId) => new(
            activity.ServiceUrl!, botId, activity.TenantId, activity.From?.AadObjectId, activity.From?.Name,
            activity.Conversation?.Id, activity.ClientTimeZone);
    }
}
