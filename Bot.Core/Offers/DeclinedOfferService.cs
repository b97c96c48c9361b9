using Lianzheng.Core.Audit;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Offers;

/// <summary>Records offers staff declined or handed in: the record, its audit entry and the notice to the integrity
/// supervisors, in one transaction.</summary>
public sealed class DeclinedOfferService(LianzhengDbContext db, AuditTrail audit, OutboxWriter outbox, StaffDirectory directory, BureauClock clock)
{
    public Task<List<DeclinedOffer>> ListOwnAsync(int staffId, CancellationToken cancellationToken) =>
        db.DeclinedOffers.AsNoTracking().Include(o => o.AuditProject).Where(o => o.StaffId == staffId)
            .OrderByDescending(o => o.OfferedOn).ThenByDescending(o => o.Id).ToListAsync(cancellationToken);

    /// <summary>The audit projects a member is on (as team leader or member) that started in the last year, the latest first:
    /// those an offer is most likely about.</summary>
    public Task<List<AuditProject>> RecentProjectsOfAsync(int staffId, CancellationToken cancellationToken)
    {
        var since = clock.Today.AddYears(-1);
        return db.AuditProjects.AsNoTracking()
            .Where(p => p.StartDate >= since && (p.TeamLeaderId == staffId || p.Members.Any(m => m.StaffId == staffId)))
            .OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id).Take(5).ToListAsync(cancellationToken);
    }

    /// <summary>Stores a declined offer. With a source key (the inbound message that records it) a second call returns
    /// the record the first one stored.</summary>
    public async Task<DeclinedOffer> RecordAsync(Staff member, DeclinedOfferDraft draft, CancellationToken cancellationToken, string? sourceKey = null)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (sourceKey is not null && await db.DeclinedOffers.FirstOrDefaultAsync(o => o.SourceKey == sourceKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var offer = new DeclinedOffer
        {
            StaffId = member.Id,
            Kind = draft.Kind,
            OfferedBy = draft.OfferedBy,
            Description = draft.Description,
            EstimatedValue = draft.Kind == OfferKind.Request ? null : draft.EstimatedValue,
            OfferedOn = draft.OfferedOn,
            Handling = draft.Handling,
            AuditProjectId = draft.AuditProjectId,
            RecordedAt = clock.UtcNow,
            SourceKey = sourceKey,
        };
        db.DeclinedOffers.Add(offer);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(member.Id, "offer.recorded", AuditRecords.Of(offer), draft, cancellationToken);

        var projectName = offer.AuditProjectId is { } projectId
            ? await db.AuditProjects.Where(p => p.Id == projectId).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var supervisors = (await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken))
            .Select(s => s.Id).Where(id => id != member.Id).ToList();
        if (supervisors.Count > 0)
        {
            var named = await db.Staff.AsNoTracking().Include(s => s.Section).SingleAsync(s => s.Id == member.Id, cancellationToken);
            await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.DeclinedOffer, $"offer:{offer.Id}",
                OfferTexts.Notice(named, offer, projectName), supervisors, OfferTexts.ReadLabel, member.Id), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return offer;
    }
}
