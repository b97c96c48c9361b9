using System.Threading.Channels;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Inbound;

/// <summary>Accepts inbound messages: stores each once (a retried delivery with the same key is recognised and
/// dropped) and hands it to the worker, so that the channel gets its answer at once and the turn runs after.</summary>
public sealed class InboundQueue(IServiceScopeFactory scopes, TimeProvider time)
{
    private readonly Channel<(long Id, string OrderKey)> _pending = Channel.CreateUnbounded<(long, string)>(new() { SingleReader = true });

    internal ChannelReader<(long Id, string OrderKey)> Reader => _pending.Reader;

    /// <summary>Stores the message; false when one with the same key was accepted before.</summary>
    public async Task<bool> AcceptAsync(string channel, string dedupKey, string orderKey, string payload, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var work = new InboundWork { Channel = channel, DedupKey = dedupKey, OrderKey = orderKey, Payload = payload, ReceivedAt = time.GetUtcNow() };
        db.InboundWork.Add(work);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (await db.InboundWork.AsNoTracking().AnyAsync(w => w.Channel == channel && w.DedupKey == dedupKey, cancellationToken))
            {
                return false;
            }

            throw;
        }

        _pending.Writer.TryWrite((work.Id, orderKey));
        return true;
    }

    internal void Requeue(long id, string orderKey) => _pending.Writer.TryWrite((id, orderKey));
}
