using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Inbound;

/// <summary>Marks a stored inbound message as done by its turn, inside the turn's transaction: the dialog state, the
/// domain changes, the replies and this mark commit together or not at all.</summary>
public static class InboundCompletion
{
    /// <summary>Records the turn's replies on the inbound row. Throws <see cref="TurnAlreadyCompletedException"/> when
    /// the row was completed already (by an earlier run that did commit), so that this run rolls back.</summary>
    public static async Task CompleteAsync(
        LianzhengDbContext db, long inboundId, IReadOnlyList<OutboundMessage> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var json = StoredReplies.Serialize(replies);
        DateTimeOffset? repliedAt = replies.Count == 0 ? now : null;
        var updated = await db.InboundWork.Where(w => w.Id == inboundId && w.ProcessedAt == null)
            .ExecuteUpdateAsync(u => u
                .SetProperty(w => w.ProcessedAt, now)
                .SetProperty(w => w.Replies, json)
                .SetProperty(w => w.RepliedAt, repliedAt)
                .SetProperty(w => w.Attempts, w => w.Attempts + 1)
                .SetProperty(w => w.LastError, (string?)null), cancellationToken);
        if (updated == 0)
        {
            throw new TurnAlreadyCompletedException(inboundId);
        }
    }
}
