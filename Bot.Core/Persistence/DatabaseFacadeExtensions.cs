using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Lianzheng.Core.Persistence;

public static class DatabaseFacadeExtensions
{
    /// <summary>Begins a transaction, or joins the one already open on the context (a turn's, a job's). Inside a unit
    /// of work (<see cref="LianzhengDbContext.InUnitOfWork"/>) the transaction begun here belongs to the unit of work,
    /// which commits it with the rest.</summary>
    public static async Task<OwnedTransaction> BeginOrJoinTransactionAsync(this DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (database.CurrentTransaction is not null)
        {
            return new OwnedTransaction(null);
        }

        var transaction = await database.BeginTransactionAsync(cancellationToken);
        return database.GetService<ICurrentDbContext>().Context is LianzhengDbContext { InUnitOfWork: true }
            ? new OwnedTransaction(null)
            : new OwnedTransaction(transaction);
    }
}
