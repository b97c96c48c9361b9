using Lianzheng.Core.Conversations;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Dialogs.Turns;

/// <summary>Runs one turn for any channel: finds the staff member, loads his conversation's dialog stack, applies the
/// global commands and the router, runs the dialogs and saves the stack again, all in one transaction that also marks
/// the stored inbound message done with its replies (optimistic concurrency: a turn that lost a race with another
/// replica is rolled back and run again on the fresh state).</summary>
public sealed partial class BotTurnHandler(
    IServiceScopeFactory scopes, ConversationLocks locks, BureauClock clock, ILogger<BotTurnHandler> logger)
{
    private const int MaxAttempts = 3;

    public async Task<TurnOutcome> HandleAsync(InboundMessage message, CancellationToken cancellationToken)
    {
        var conversationKey = $"{message.Channel}/{message.ChannelUserId}";
        using var conversationLock = await locks.AcquireAsync(conversationKey, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                return await RunTurnAsync(scope.ServiceProvider, message, conversationKey, cancellationToken);
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && (ex is DbUpdateConcurrencyException || IsDuplicateKey(ex)))
            {
                LogStateConflict(logger, conversationKey, attempt);
            }
        }
    }

    private async Task<TurnOutcome> RunTurnAsync(
        IServiceProvider services, InboundMessage message, string conversationKey, CancellationToken cancellationToken)
    {
        var directory = services.GetRequiredService<StaffDirectory>();
        var user = await directory.FindByChannelUserAsync(message.Channel, message.ChannelUserId, cancellationToken);
        var db = services.GetRequiredService<LianzhengDbContext>();
        // One connection for the whole turn, instead of one per query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        if (user is null)
        {
            IReadOnlyList<OutboundMessage> notInDirectory = [new OutboundMessage(BotTexts.NotInDirectory)];
            await CompleteAsync(db, message, notInDirectory, cancellationToken);
            await db.Database.CloseConnectionAsync();
            return new TurnOutcome(null, notInDirectory);
        }

        // The turn is one unit of work: the dialog state, every domain change the dialogs make, the replies and "this
        // inbound message is done" commit in one transaction, or nothing of the turn stays. The transaction begins at
        // the turn's first write (its services join it), so the reads before it wait for no other turn's writes.
        db.InUnitOfWork = true;
        try
        {
            var row = await db.ConversationStates.FirstOrDefaultAsync(c => c.Key == conversationKey, cancellationToken);
            var state = DialogStackState.Deserialize(row?.StateJson);
            var turn = new TurnContext(message, user, clock.Time, clock.ZoneOf(user.TimeZoneId));
            // The router and the dialogs are made in this turn's scope: the services they take in their constructors
            // are this turn's, on this context, so whatever they write joins the turn's transaction.
            var router = services.GetRequiredService<TurnRouter>();
            var dc = new DialogContext(services.GetRequiredService<DialogCatalog>().Dialogs, turn, state.Stack, back: state.Back);
            var before = state.Snapshot();
            IReadOnlyList<OutboundMessage> replies;
            try
            {
                if (state.Outdated)
                {
                    // A conversation stored in another shape (before an upgrade) was dropped: say so before this turn.
                    turn.Send(BotTexts.StateOutdated);
                }

                await router.RouteAsync(dc, cancellationToken);
                replies = turn.Replies;
                // A turn that wrote records began the transaction: going back past it would write them again.
                state.AfterTurn(before, dc.StartedOver, dc.WentBack, changedRecords: db.Database.CurrentTransaction is not null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not DbUpdateConcurrencyException)
            {
                LogTurnFailed(logger, ex, conversationKey);
                dc.CancelAllDialogs();
                replies = [new OutboundMessage(BotTexts.TurnFailed, Buttons: [new MessageButton(BotTexts.MenuLabel, Actions.Menu)])];
                // Whatever the failed turn wrote goes; the cancelled state and the apology commit on their own.
                if (db.Database.CurrentTransaction is { } failed)
                {
                    await failed.RollbackAsync(cancellationToken);
                    await failed.DisposeAsync();
                }

                db.ChangeTracker.Clear();
                row = await db.ConversationStates.FirstOrDefaultAsync(c => c.Key == conversationKey, cancellationToken);
            }

            await SaveStateAsync(db, row, conversationKey, state, cancellationToken);
            if (message.InboundId is not null && db.Database.CurrentTransaction is null)
            {
                await db.Database.BeginTransactionAsync(cancellationToken);
            }

            await CompleteAsync(db, message, replies, cancellationToken);
            if (db.Database.CurrentTransaction is { } transaction)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return new TurnOutcome(user, replies);
        }
        finally
        {
            db.InUnitOfWork = false;
            if (db.Database.CurrentTransaction is { } open)
            {
                await open.DisposeAsync();
            }

            // The context is pooled: it goes back closed, so that whoever leases it next opens (and closes) his own.
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Marks the stored inbound message done, with the replies to send (inside the turn's transaction).</summary>
    private Task CompleteAsync(LianzhengDbContext db, InboundMessage message, IReadOnlyList<OutboundMessage> replies, CancellationToken cancellationToken) =>
        message.InboundId is { } id ? InboundCompletion.CompleteAsync(db, id, replies, clock.UtcNow, cancellationToken) : Task.CompletedTask;

    private async Task SaveStateAsync(
        LianzhengDbContext db, ConversationState? row, string key, DialogStackState state, CancellationToken cancellationToken)
    {
        var json = state.Serialize();
        if (row is null)
        {
            if (state.Stack.Count == 0)
            {
                return;
            }

            db.ConversationStates.Add(new ConversationState { Key = key, StateJson = json, UpdatedAt = clock.UtcNow });
        }
        else if (row.StateJson != json)
        {
            row.StateJson = json;
            row.UpdatedAt = clock.UtcNow;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Another run wrote the same key first (a new conversation's state, a source key): the turn is rolled
    /// back and run again on what is there now.</summary>
    private static bool IsDuplicateKey(DbUpdateException ex) => DatabaseErrors.IsUniqueViolation(ex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {Conversation} changed under turn attempt {Attempt}; running the turn again")]
    private static partial void LogStateConflict(ILogger logger, string conversation, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed in conversation {Conversation}; its dialogs were cancelled")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string conversation);
}
