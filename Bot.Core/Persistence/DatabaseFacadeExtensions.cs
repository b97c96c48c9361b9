using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lianzheng.Core.Persistence;

public static class DatabaseFacadeExtensions
{
    /// <summary>Begins a transaction, or joins the one already open on the context (a turn's, a job's).</summary>
    public static async Task<OwnedTransaction> BeginOrJoinTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken) =>
        new(database.CurrentTransaction is null ? await database.BeginTransactionAsync(cancellationToken) : null);
}
