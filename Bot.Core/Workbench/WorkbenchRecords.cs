using Lianzheng.Core.Filings;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Workbench;

/// <summary>What the 工作台 shows a viewer, always within his scope (<see cref="ScopeOf"/>): the scope is applied in the
/// query, so a record outside it is never read.</summary>
public sealed class WorkbenchRecords(LianzhengDbContext db, BureauClock clock)
{
    public static WorkbenchScope ScopeOf(Staff viewer) =>
        viewer.HasRole(StaffRole.IntegritySupervisor) || viewer.HasRole(StaffRole.PartySecretary) || viewer.HasRole(StaffRole.DisciplineInspectionGroup)
            ? WorkbenchScope.Bureau
            : viewer.HasRole(StaffRole.Leader) ? WorkbenchScope.OverseenSections : WorkbenchScope.Self;

    /// <summary>The viewer as the 工作台 knows him: active, with his roles and section; null when he is not (any more).</summary>
    public Task<Staff?> ViewerAsync(int staffId, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking().Include(s => s.Roles).Include(s => s.Section)
            .FirstOrDefaultAsync(s => s.Id == staffId && s.IsActive, cancellationToken);

    /// <summary>This year's filings in the viewer's scope, counted by kind and status.</summary>
    public async Task<List<FilingCount>> FilingCountsAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(clock.Today.Year, 1, 1);
        var rows = await InScope(viewer).Where(f => f.EventDate >= yearStart)
            .GroupBy(f => new { f.Kind, f.Status }).Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FilingCount(r.Kind, r.Status, r.Count)).OrderBy(r => r.Kind).ThenBy(r => r.Status)];
    }

    /// <summary>The viewer's own filings, the latest first.</summary>
    public Task<List<Filing>> OwnFilingsAsync(Staff viewer, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Where(f => f.FilerId == viewer.Id)
            .OrderByDescending(f => f.EventDate).ThenByDescending(f => f.Id).Take(200).ToListAsync(cancellationToken);

    /// <summary>The viewer's own refusal records (拒收登记、请托登记), the latest first.</summary>
    public Task<List<DeclinedOffer>> OwnDeclinedOffersAsync(Staff viewer, CancellationToken cancellationToken) =>
        db.DeclinedOffers.AsNoTracking().Where(o => o.StaffId == viewer.Id)
            .OrderByDescending(o => o.OfferedOn).ThenByDescending(o => o.Id).Take(200).ToListAsync(cancellationToken);

    private IQueryable<Filing> InScope(Staff viewer)
    {
        var filings = db.Filings.AsNoTracking();
        switch (ScopeOf(viewer))
        {
            case WorkbenchScope.Bureau:
                return filings;
            case WorkbenchScope.OverseenSections:
                var id = viewer.Id;
                var sections = db.Oversights.Where(o => o.LeaderId == id).Select(o => o.SectionId);
                return filings.Where(f => f.Filer!.SectionId != null && sections.Contains(f.Filer.SectionId.Value)
                    && !f.Filer.Roles.Any(r => r.Role == StaffRole.Leader || r.Role == StaffRole.PartySecretary));
            default:
                return filings.Where(f => f.FilerId == viewer.Id);
        }
    }
}
