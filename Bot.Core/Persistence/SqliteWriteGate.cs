using System.Data.Common;
using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lianzheng.Core.Persistence;

/// <summary>SQLite lets one writer in at a time. Left to itself, a second writer gets SQLITE_BUSY and sleeps (1 ms,
/// 2 ms, 5 ms ... up to 100 ms) before looking again, holding its thread all the while; under a burst of turns this
/// costs more than the writes. This interceptor queues the writers of this process instead: a transaction holds the
/// gate from begin to commit or rollback, a write outside a transaction for that one statement. Waiting is async and
/// in arrival order. Readers never wait (WAL). A write from another process (an import from the CLI) is rare and
/// still gets SQLite's own retry.</summary>
public sealed class SqliteWriteGate : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor, IDisposable
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
    private static readonly string[] WriteVerbs = ["INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER"];

    private readonly SemaphoreSlim _gate = new(1, 1);
    // Who holds the gate: a context with an open transaction, or a command writing outside one. Entries leave when the
    // gate is released (a ConditionalWeakTable would cost a finalizer run for every few hundred writes).
    private readonly ConcurrentDictionary<object, byte> _transactions = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<object, byte> _statements = new(ReferenceEqualityComparer.Instance);

    /// <summary>Disposed with its <see cref="SqliteBackend"/>.</summary>
    public void Dispose() => _gate.Dispose();

    public InterceptionResult<DbTransaction> TransactionStarting(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (eventData.Context is { } context)
        {
            Enter();
            _transactions[context] = 0;
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await EnterAsync(cancellationToken);
            _transactions[context] = 0;
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => EndTransaction(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => EndTransaction(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => EndTransaction(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A transaction disposed without commit or rollback is rolled back by SQLite when its connection closes.</summary>
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => EndTransaction(eventData.Context);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        EndTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        EnterStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await EnterStatementAsync(command, eventData, cancellationToken);
        return result;
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        EndStatement(command);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnterStatement(command, eventData);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnterStatementAsync(command, eventData, cancellationToken);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        EndStatement(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        EndStatement(command);
        return ValueTask.FromResult(result);
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => EndStatement(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        EndStatement(command);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => EndStatement(command);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EndStatement(command);
        return Task.CompletedTask;
    }

    private bool NeedsGate(DbCommand command, CommandEventData eventData) =>
        command.Transaction is null
        && !(eventData.Context is { } context && _transactions.ContainsKey(context))
        && IsWrite(command.CommandText);

    private void EnterStatement(DbCommand command, CommandEventData eventData)
    {
        if (NeedsGate(command, eventData))
        {
            Enter();
            _statements[command] = 0;
        }
    }

    private async ValueTask EnterStatementAsync(DbCommand command, CommandEventData eventData, CancellationToken cancellationToken)
    {
        if (NeedsGate(command, eventData))
        {
            await EnterAsync(cancellationToken);
            _statements[command] = 0;
        }
    }

    private void EndStatement(DbCommand command)
    {
        if (_statements.TryRemove(command, out _))
        {
            _gate.Release();
        }
    }

    private void EndTransaction(DbContext? context)
    {
        if (context is not null && _transactions.TryRemove(context, out _))
        {
            _gate.Release();
        }
    }

    private void Enter()
    {
        if (!_gate.Wait(MaxWait))
        {
            throw Stuck();
        }
    }

    private async ValueTask EnterAsync(CancellationToken cancellationToken)
    {
        if (!await _gate.WaitAsync(MaxWait, cancellationToken))
        {
            throw Stuck();
        }
    }

    private static TimeoutException Stuck() =>
        new($"No database write could start for {MaxWait.TotalSeconds} s: another write in this process has not finished.");

    internal static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        foreach (var verb in WriteVerbs)
        {
            if (text.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
