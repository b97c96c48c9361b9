using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;
using Lianzheng.Core.Hosting;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Inbound;

/// <summary>Accepts inbound messages: stores each once (a retried delivery with the same key is recognised and
/// dropped) and hands it to the worker, so that the channel gets its answer at once and the turn runs after. Messages
/// arriving together are stored in one transaction.</summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "It is the queue of inbound messages, stored and claimed in order; the name says what it is.")]
public sealed class InboundQueue : IAsyncDisposable
{
    private const int MaxBatch = 256;

    // What the reply sender owns; the turn's own columns (processed, replies, attempts) are written only by the turn's
    // transaction or the guarded updates of this class, never from the sender's copy in memory.
    private static readonly string[] OutcomeColumns =
        [nameof(InboundWork.LastError), nameof(InboundWork.RepliesSent), nameof(InboundWork.ReplyAttempts), nameof(InboundWork.RepliedAt)];

    // The worker's reader only hands each message to its conversation's lane (a write to another channel), so it runs on
    // the thread that accepted the message instead of being scheduled on another: one thread woken fewer per message.
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new() { SingleReader = true, AllowSynchronousContinuations = true });
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeSpan _lease;
    private readonly TimeProvider _time;
    private readonly GroupCommit<InboundWork, bool> _accepts;
    private readonly GroupCommit<InboundWork, bool> _completions;

    public InboundQueue(IServiceScopeFactory scopes, TimeProvider time, IOptions<InboundOptions> options)
    {
        _scopes = scopes;
        _time = time;
        _lease = options.Value.Lease;
        _accepts = new GroupCommit<InboundWork, bool>(StoreNewAsync, MaxBatch);
        _completions = new GroupCommit<InboundWork, bool>(StoreOutcomesAsync, MaxBatch);
    }

    internal ChannelReader<Pending> Reader => _pending.Reader;

    /// <summary>This replica, as the lease on the messages it accepts and takes over names it.</summary>
    internal string Owner { get; } = ProcessIdentity.NewOwner();

    /// <summary>Stores the message; false when one with the same key was accepted before.</summary>
    public async Task<bool> AcceptAsync(string channel, string dedupKey, string orderKey, string payload, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var work = new InboundWork
        {
            Channel = channel, DedupKey = dedupKey, OrderKey = orderKey, Payload = payload, ReceivedAt = now, LeaseOwner = Owner, LeaseUntil = now + _lease,
        };
        if (!await _accepts.SubmitAsync(work).WaitAsync(cancellationToken))
        {
            return false;
        }

        _pending.Writer.TryWrite(new Pending(work.Id, orderKey, work));
        return true;
    }

    /// <summary>Records how the replies are going (how many went out, attempts at the next one, when all were handled,
    /// last error); completes when it is stored.</summary>
    internal Task RecordOutcomeAsync(InboundWork work) => _completions.SubmitAsync(work);

    /// <summary>Completes a message that needed no turn with what it answers, as a turn completes its row
    /// (<see cref="InboundCompletion"/>): throws <see cref="TurnAlreadyCompletedException"/> when it was completed
    /// already, so that nothing a turn wrote is overwritten.</summary>
    internal async Task CompleteWithoutTurnAsync(long id, IReadOnlyList<OutboundMessage> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        await InboundCompletion.CompleteAsync(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>(), id, replies, now, cancellationToken);
    }

    /// <summary>Records a failed attempt at a turn (rolled back whole), and when it is given up, that it is done; never
    /// over a row whose turn did commit.</summary>
    internal async Task RecordFailedAttemptAsync(InboundWork work)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await db.InboundWork.Where(w => w.Id == work.Id && w.ProcessedAt == null)
            .ExecuteUpdateAsync(u => u
                .SetProperty(w => w.Attempts, work.Attempts)
                .SetProperty(w => w.LastError, work.LastError)
                .SetProperty(w => w.ProcessedAt, work.ProcessedAt)
                .SetProperty(w => w.RepliedAt, work.RepliedAt));
    }

    /// <summary>Work to process again, read afresh from the database (after a restart or a failed attempt).</summary>
    internal void Requeue(long id, string orderKey) => _pending.Writer.TryWrite(new Pending(id, orderKey, null));

    /// <summary>Stores the batch's new messages, one statement a message that inserts it unless its key is stored already
    /// (earlier, or earlier in the batch). With several replicas, another may store one of the same messages at the same
    /// moment (a channel's retry sent through the load balancer): the database lets one of the two in, and the other
    /// replica's is not inserted, without failing the rest of its batch.</summary>
    private async Task<IReadOnlyList<bool>> StoreNewAsync(IReadOnlyList<InboundWork> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        return await BulkInsert.InsertNewAsync(db, batch, [nameof(InboundWork.Channel), nameof(InboundWork.DedupKey)], _time, CancellationToken.None);
    }

    private async Task<IReadOnlyList<bool>> StoreOutcomesAsync(IReadOnlyList<InboundWork> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await BulkUpdate.UpdateAsync(db, [.. batch.GroupBy(w => w.Id).Select(g => g.Last())], OutcomeColumns, CancellationToken.None);
        await transaction.CommitAsync();
        return [.. batch.Select(_ => true)];
    }

    /// <summary>Accepted work for the worker; just accepted, it comes with its row, so the worker need not read it again.</summary>
    internal sealed record Pending(long Id, string OrderKey, InboundWork? Work);

    public async ValueTask DisposeAsync()
    {
        await _accepts.DisposeAsync();
        await _completions.DisposeAsync();
    }
}
