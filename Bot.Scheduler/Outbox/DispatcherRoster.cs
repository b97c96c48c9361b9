using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Scheduler.Outbox;

/// <summary>Who is dispatching deliveries right now, through the database the replicas share: each dispatcher writes
/// its heartbeat and counts the others seen within three intervals. A channel's limit is for the whole deployment (the
/// Teams limit is per app and tenant), so each dispatcher paces at its share of it.
/// <para>Why shares and not a pace kept in the database: a shared token bucket costs a write to one row for every
/// request of every replica (50 a second, all replicas queueing on that row), and a database pause stops every send;
/// a share costs one write per replica every few seconds and keeps each replica's even pace. Its price is a few seconds
/// after a change: a replica that dies leaves its share unused for three intervals, and a new one waits two intervals
/// before its first send, so that the others have seen it and slowed down.</para>
/// <para>A channel whose limits are per person (WeCom) is split by recipient instead: the live dispatchers in the order
/// of their names, each takes the people whose staff id modulo their number is its place (<see cref="RecipientPartition"/>),
/// so all a person gets goes through one dispatcher and its per-person windows. For the heartbeat or two after a change
/// of the roster two dispatchers may both serve a person (each has seen a different roster), and a person handed to
/// another dispatcher starts there with empty windows: the limits hold while the roster is steady.</para></summary>
internal sealed class DispatcherRoster(IServiceScopeFactory scopes, TimeProvider time, TimeSpan interval)
{
    /// <summary>A heartbeat older than this many intervals is a dispatcher that stopped without saying so.</summary>
    private const int MissedBeats = 3;

    /// <summary>Rows of dispatchers gone for this many intervals are removed.</summary>
    private const int ForgottenAfter = 60;

    public TimeSpan Interval => interval;

    /// <summary>Writes this dispatcher's heartbeat; returns this one's place among the dispatchers running (their
    /// number is the partition's count).</summary>
    public async Task<RecipientPartition> BeatAsync(string owner, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var now = time.GetUtcNow();
        if (await db.DispatcherHeartbeats.Where(h => h.Owner == owner).ExecuteUpdateAsync(u => u.SetProperty(h => h.SeenAt, now), cancellationToken) == 0)
        {
            db.DispatcherHeartbeats.Add(new DispatcherHeartbeat { Owner = owner, SeenAt = now });
            await db.SaveChangesAsync(cancellationToken);
        }

        var forgotten = now - (interval * ForgottenAfter);
        await db.DispatcherHeartbeats.Where(h => h.SeenAt < forgotten).ExecuteDeleteAsync(cancellationToken);
        var live = now - (interval * MissedBeats);
        var running = await db.DispatcherHeartbeats.Where(h => h.SeenAt >= live).OrderBy(h => h.Owner).Select(h => h.Owner).ToListAsync(cancellationToken);
        var place = running.IndexOf(owner);
        return place < 0 ? new RecipientPartition(running.Count, running.Count + 1) : new RecipientPartition(place, running.Count);
    }

    /// <summary>Removes this dispatcher's heartbeat as it stops, so that the others take up its share at their next beat.</summary>
    public async Task LeaveAsync(string owner)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await db.DispatcherHeartbeats.Where(h => h.Owner == owner).ExecuteDeleteAsync(CancellationToken.None);
    }
}
