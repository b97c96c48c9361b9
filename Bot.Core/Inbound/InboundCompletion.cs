using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Inbound;

/// <summary>Marks a stored inbound message as done by its turn, inside the turn's transaction: the dialog state, the
/// domain changes, the replies and this mark commit together or not at all.</summary>
public static class InboundCompletion
{
    private static readonly PerModel<Type, Statement> Statements = new();

    /// <summary>Records the turn's replies on the inbound row. Throws <see cref="TurnAlreadyCompletedException"/> when
    /// the row was completed already (by an earlier run that did commit), so that this run rolls back. Inside the
    /// context's transaction when it has one (a turn's), else in one of its own.</summary>
    public static async Task CompleteAsync(
        LianzhengDbContext db, long inboundId, IReadOnlyList<OutboundMessage> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var statement = Statements.Get(db.Model, typeof(InboundWork), static (_, db) => Statement.Of(db), db);
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            // One prepared statement instead of a LINQ ExecuteUpdate: this is on every turn's path, and EF spent more on
            // reading the expression tree again each time than the database on the write.
            await using var command = MappedTable.Command(db, statement.Sql, statement.Columns);
            var values = new object?[] { now, StoredReplies.Serialize(replies), replies.Count == 0 ? now : null, inboundId };
            for (var i = 0; i < statement.Columns.Count; i++)
            {
                command.Parameters[i].Value = statement.Columns[i].ToProvider(values[i]);
            }

            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                throw new TurnAlreadyCompletedException(inboundId);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }
        }
    }

    /// <summary>The statement, made once per model: the columns set, then the key; attempts counted up, the last error
    /// cleared, and only while the row is not done yet.</summary>
    private sealed record Statement(string Sql, IReadOnlyList<MappedColumn> Columns)
    {
        public static Statement Of(LianzhengDbContext db)
        {
            var table = MappedTable.Of<InboundWork>(db);
            var (processed, replies, replied, id, attempts, error) = (
                table.Column(nameof(InboundWork.ProcessedAt)), table.Column(nameof(InboundWork.Replies)), table.Column(nameof(InboundWork.RepliedAt)),
                table.Column(nameof(InboundWork.Id)), table.Quote(table.Column(nameof(InboundWork.Attempts)).Name), table.Quote(table.Column(nameof(InboundWork.LastError)).Name));
            var sql = $"UPDATE {table.Name} SET {table.Quote(processed.Name)} = @p0, {table.Quote(replies.Name)} = @p1, {table.Quote(replied.Name)} = @p2, "
                + $"{attempts} = {attempts} + 1, {error} = NULL WHERE {table.Quote(id.Name)} = @p3 AND {table.Quote(processed.Name)} IS NULL";
            return new Statement(sql, [processed, replies, replied, id]);
        }
    }
}
