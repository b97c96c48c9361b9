using Microsoft.EntityFrameworkCore.Storage;

namespace Lianzheng.Core.Persistence;

/// <summary>A transaction a service began itself, or the caller's that it joined: commit and dispose act only on one
/// it began, so that a change made inside a turn (or any caller's transaction) commits with the rest of it.</summary>
public sealed class OwnedTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    internal OwnedTransaction(IDbContextTransaction? own) => _own = own;

    /// <summary>Commits the transaction if this scope began it; a joined one commits with its owner.</summary>
    public Task CommitAsync(CancellationToken cancellationToken) => _own?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
