using Lianzheng.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lianzheng.Core.Persistence;

/// <summary>What every save does before it writes: refuses to change the audit trail, bumps the optimistic
/// concurrency <c>Version</c> of each modified row, and, inside a unit of work
/// (<see cref="LianzhengDbContext.InUnitOfWork"/>), begins the unit's transaction at its first write.</summary>
public sealed class SaveRulesInterceptor : SaveChangesInterceptor
{
    public static readonly SaveRulesInterceptor Instance = new();

    private SaveRulesInterceptor()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is LianzhengDbContext db && Prepare(db))
        {
            db.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is LianzhengDbContext db && Prepare(db))
        {
            await db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Applies the rules; true when the unit of work's transaction must begin now.</summary>
    private static bool Prepare(LianzhengDbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit trail is append-only: entries cannot be changed or deleted.");
            }

            if (entry.State == EntityState.Modified && entry.Metadata.FindProperty("Version") is { IsConcurrencyToken: true })
            {
                var version = entry.Property("Version");
                version.CurrentValue = (int)version.OriginalValue! + 1;
            }
        }

        return db.InUnitOfWork && db.Database.CurrentTransaction is null && db.ChangeTracker.HasChanges();
    }
}
