using System.Collections.Concurrent;

namespace Lianzheng.Fakes;

/// <summary>The Teams limits for a bot, enforced on sliding windows as the fake Connector's gatekeeper: 50 requests a
/// second per app and tenant, and per conversation 7 a second, 8 in 2 s, 60 in 30 s and 1800 an hour. A request over
/// any of them is refused (429) and not counted.</summary>
public sealed class TeamsRateLimits(TimeProvider time)
{
    private static readonly (int Limit, TimeSpan Window)[] PerConversation =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    private static readonly (int Limit, TimeSpan Window) PerApp = (50, TimeSpan.FromSeconds(1));

    private readonly Queue<long> _app = new();
    private readonly ConcurrentDictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _refused;

    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Whether a request to this conversation (null: not conversation-bound) may pass now; it counts when it does.</summary>
    public bool TryPass(string? conversationId)
    {
        var now = time.GetTimestamp();
        lock (_gate)
        {
            var conversation = conversationId is null ? null : _conversations.GetOrAdd(conversationId, _ => new Queue<long>());
            if (!Fits(_app, PerApp.Limit, PerApp.Window, now) || (conversation is not null && PerConversation.Any(l => !Fits(conversation, l.Limit, l.Window, now))))
            {
                Interlocked.Increment(ref _refused);
                return false;
            }

            _app.Enqueue(now);
            conversation?.Enqueue(now);
            Trim(_app, PerApp.Window, now);
            if (conversation is not null)
            {
                Trim(conversation, TimeSpan.FromHours(1), now);
            }

            return true;
        }
    }

    private bool Fits(Queue<long> passed, int limit, TimeSpan window, long now)
    {
        var since = now - (long)(window.TotalSeconds * time.TimestampFrequency);
        return passed.Count(t => t > since) < limit;
    }

    private void Trim(Queue<long> passed, TimeSpan keep, long now)
    {
        var since = now - (long)(keep.TotalSeconds * time.TimestampFrequency);
        while (passed.Count > 0 && passed.Peek() <= since)
        {
            passed.Dequeue();
        }
    }
}
