using System.Collections.Concurrent;

namespace Lianzheng.Fakes;

/// <summary>The Teams limits for a bot, enforced on sliding windows as the fake Connector's gatekeeper: 50 requests a
/// second per app and tenant, and per conversation 7 a second, 8 in 2 s, 60 in 30 s and 1800 an hour. A request over
/// any of them is refused (429, Retry-After) and not counted; a request to a conversation before the Retry-After it
/// was given has passed is counted as a violation.</summary>
public sealed class TeamsRateLimits(TimeProvider time, TimeSpan retryAfter)
{
    private static readonly (int Limit, TimeSpan Window)[] PerConversation =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    private static readonly (int Limit, TimeSpan Window) PerApp = (50, TimeSpan.FromSeconds(1));

    private readonly Queue<long> _app = new();
    private readonly ConcurrentDictionary<string, Queue<long>> _conversations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _notBefore = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _refused;
    private long _violations;

    public TimeSpan RetryAfter => retryAfter;

    public long Refused => Interlocked.Read(ref _refused);

    /// <summary>Requests that came back to a conversation before the Retry-After it was given had passed.</summary>
    public long RetryAfterViolations => Interlocked.Read(ref _violations);

    /// <summary>Whether a request to this conversation (null: not conversation-bound) may pass now; it counts when it does.</summary>
    public bool TryPass(string? conversationId)
    {
        var now = time.GetTimestamp();
        lock (_gate)
        {
            var conversation = conversationId is null ? null : _conversations.GetOrAdd(conversationId, _ => new Queue<long>());
            if (conversationId is not null && _notBefore.Remove(conversationId, out var notBefore) && now < notBefore)
            {
                Interlocked.Increment(ref _violations);
            }

            if (!Fits(_app, PerApp.Limit, PerApp.Window, now) || (conversation is not null && PerConversation.Any(l => !Fits(conversation, l.Limit, l.Window, now))))
            {
                Interlocked.Increment(ref _refused);
                if (conversationId is not null)
                {
                    _notBefore[conversationId] = now + (long)(retryAfter.TotalSeconds * time.TimestampFrequency);
                }

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
