using System.Collections.Concurrent;

namespace Lianzheng.Bot.WeCom;

/// <summary>WeCom delivers at most 30 app messages a minute and 1000 an hour to one member and silently drops the rest,
/// so we count on our side: a message that would go over waits (the caller gets the time to wait).</summary>
public sealed class WeComMemberLimiter(TimeProvider time)
{
    public const int PerMinute = 30;
    public const int PerHour = 1000;

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Takes a slot for the member now, or says how long until one is free.</summary>
    public bool TryTake(string userId, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        var sent = _sent.GetOrAdd(userId, _ => new Queue<DateTimeOffset>());
        lock (sent)
        {
            while (sent.Count > 0 && now - sent.Peek() >= TimeSpan.FromHours(1))
            {
                sent.Dequeue();
            }

            retryAfter = TimeSpan.Zero;
            if (sent.Count >= PerHour)
            {
                retryAfter = sent.Peek() + TimeSpan.FromHours(1) - now;
            }
            else
            {
                var lastMinute = sent.Where(t => now - t < TimeSpan.FromMinutes(1)).ToList();
                if (lastMinute.Count >= PerMinute)
                {
                    retryAfter = lastMinute[^PerMinute] + TimeSpan.FromMinutes(1) - now;
                }
            }

            if (retryAfter > TimeSpan.Zero)
            {
                return false;
            }

            sent.Enqueue(now);
            return true;
        }
    }
}
