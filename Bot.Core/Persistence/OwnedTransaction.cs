using Microsoft.EntityFrameworkCore.Storage;

namespace Lianzheng.Core.Persistence;

/// <summary>A transaction a service began itself, or the caller's that it joined: commit and dispose act only on one
/// it began, so that a change made inside a turn (or any caller's transaction) commits with the rest of it. One it began
/// and did not commit (a service that returns early) is rolled back when disposed, explicitly: that ends it for the
/// SQLite write gate at once, even on a pooled context whose connection stays open after the transaction.</summary>
public sealed class OwnedTransaction : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;
    private bool _committed;

    internal OwnedTransaction(IDbContextTransaction? own) => _own = own;

    /// <summary>Commits the transaction if this scope began it; a joined one commits with its owner.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_own is not null)
        {
            await _own.CommitAsync(cancellationToken);
            _committed = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_own is null)
        {
            return;
        }

        if (!_committed)
        {
            await _own.RollbackAsync(CancellationToken.None);
        }

        await _own.DisposeAsync();
    }
}
