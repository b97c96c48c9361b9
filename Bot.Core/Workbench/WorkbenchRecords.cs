using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Lianzheng.Core.Travel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Workbench;

/// <summary>What the 工作台 shows a viewer, always within his scope (<see cref="ScopeOf"/>): the scope is applied in the
/// query, so a record outside it is never read.</summary>
public sealed class WorkbenchRecords(LianzhengDbContext db, BureauClock clock, IOptions<FilingOptions> filingOptions)
{
    /// <summary>The furthest page a list goes to (a larger number in the address is read as this one).</summary>
    public const int MaxPage = 100_000;

    /// <summary>The most rows one export holds (ten years of a large bureau's filings fit well within it).</summary>
    public const int MaxExportRows = 100_000;

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
        var (from, to) = Paging.Year(clock.Today.Year);
        var rows = await InScope(viewer).Where(f => f.EventDate >= from && f.EventDate < to)
            .GroupBy(f => new { f.Kind, f.Status }).Select(g => new { g.Key.Kind, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FilingCount(r.Kind, r.Status, r.Count)).OrderBy(r => r.Kind).ThenBy(r => r.Status)];
    }

    /// <summary>What needs someone's attention in the viewer's scope, whatever the year: filings 待审核, 事后报告 overdue,
    /// and travel documents drawn out and not back by their date.</summary>
    public async Task<OverviewAlerts> AlertsAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var pending = await Matching(viewer, new FilingFilter(null, Status: FilingStatus.Pending)).CountAsync(cancellationToken);
        var overdue = await Matching(viewer, new FilingFilter(null, OverdueReport: true)).CountAsync(cancellationToken);
        return new OverviewAlerts(pending, overdue, await OverdueDocumentsAsync(viewer, cancellationToken));
    }

    /// <summary>The documents in the viewer's scope whose latest drawing out is overdue (<see cref="TravelCustodyRules.IsOverdue"/>,
    /// as <see cref="DocumentsAsync"/> marks them), counted in the database rather than by building the whole ledger; a
    /// document has at most one open drawing (a unique index), so each counts once.</summary>
    public Task<int> OverdueDocumentsAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var holders = StaffInScope(viewer).Select(s => s.Id);
        var today = clock.Today;
        return db.DocumentCheckouts.Where(c => c.ReturnedOn == null && c.DueOn < today && holders.Contains(c.Document!.HolderId)
                && !db.DocumentCheckouts.Any(later => later.DocumentId == c.DocumentId && later.Id > c.Id))
            .CountAsync(cancellationToken);
    }

    /// <summary>The viewer's own filings, the latest first.</summary>
    public Task<List<Filing>> OwnFilingsAsync(Staff viewer, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Where(f => f.FilerId == viewer.Id)
            .OrderByDescending(f => f.EventDate).ThenByDescending(f => f.Id).Take(200).ToListAsync(cancellationToken);

    /// <summary>The messages that asked the viewer to confirm them (已阅、已知悉…), the latest first, with when he confirmed each.</summary>
    public async Task<List<ConfirmationRow>> OwnConfirmationsAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var id = viewer.Id;
        var rows = await db.Deliveries.AsNoTracking().Where(d => d.RecipientId == id && d.Message!.ConfirmLabel != null)
            .GroupBy(d => d.MessageId)
            .Select(g => new { MessageId = g.Key, ConfirmedAt = g.Min(d => d.ConfirmedAt) })
            .OrderByDescending(g => g.MessageId).Take(200).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.MessageId).ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Kind, m.Title, m.CreatedAt, m.ConfirmLabel }).ToDictionaryAsync(m => m.Id, cancellationToken);
        return [.. rows.Select(r =>
        {
            var m = messages[r.MessageId];
            return new ConfirmationRow(m.Id, m.Kind, m.Title, m.CreatedAt, m.ConfirmLabel!, r.ConfirmedAt);
        })];
    }

    /// <summary>The viewer's own refusal records (拒收登记、请托登记), the latest first.</summary>
    public Task<List<DeclinedOffer>> OwnDeclinedOffersAsync(Staff viewer, CancellationToken cancellationToken) =>
        db.DeclinedOffers.AsNoTracking().Where(o => o.StaffId == viewer.Id)
            .OrderByDescending(o => o.OfferedOn).ThenByDescending(o => o.Id).Take(200).ToListAsync(cancellationToken);

    /// <summary>The 备案台账: the filings in the viewer's scope that match the filter, in the filter's order, one page.</summary>
    public async Task<FilingPage> FilingsAsync(Staff viewer, FilingFilter filter, CancellationToken cancellationToken)
    {
        var query = Matching(viewer, filter);
        var perFiler = filter.Sort == FilingSort.Filer
            ? await query.GroupBy(f => f.FilerId).Select(g => new { FilerId = g.Key, Filings = g.Count() })
                .ToDictionaryAsync(c => c.FilerId, c => c.Filings, cancellationToken)
            : null;
        var total = perFiler?.Values.Sum() ?? await query.CountAsync(cancellationToken);
        var page = Paging.Within(filter.Page, total, FilingFilter.PageSize);
        var skip = (page - 1) * FilingFilter.PageSize;
        var rows = perFiler is null
            ? await Rows(Ordered(query, filter.Sort).Skip(skip).Take(FilingFilter.PageSize)).ToListAsync(cancellationToken)
            : await ByFilerAsync(query, perFiler, skip, cancellationToken);
        return new FilingPage(rows, total, filter with { Page = page });
    }

    /// <summary>One page in the filers' name order without sorting every matching filing: SQLite has no index to order
    /// filings by a joined name (30 000 filings: 50 ms a page, bench/README.md). From the filings counted per filer, the
    /// filers are walked in name order to the page (people of one name together, as the full order interleaves them), and
    /// only those filers' filings sorted.</summary>
    private async Task<List<FilingRow>> ByFilerAsync(
        IQueryable<Filing> query, Dictionary<int, int> perFiler, int skip, CancellationToken cancellationToken)
    {
        var ids = perFiler.Keys.ToList();
        var filers = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name })
            .ToListAsync(cancellationToken);
        var onPage = new List<int>();
        int seen = 0, before = 0;
        foreach (var name in filers.GroupBy(f => f.Name, StringComparer.Ordinal))
        {
            var filings = name.Sum(f => perFiler[f.Id]);
            if (seen + filings > skip && seen < skip + FilingFilter.PageSize)
            {
                before = onPage.Count == 0 ? seen : before;
                onPage.AddRange(name.Select(f => f.Id));
            }

            seen += filings;
        }

        return await Rows(Ordered(query.Where(f => onPage.Contains(f.FilerId)), FilingSort.Filer).Skip(skip - before).Take(FilingFilter.PageSize))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every filing the filter matches in the viewer's scope, in the page's order (for the export; at most
    /// <see cref="MaxExportRows"/>).</summary>
    public Task<List<FilingRow>> AllFilingsAsync(Staff viewer, FilingFilter filter, CancellationToken cancellationToken) =>
        Rows(Ordered(Matching(viewer, filter), filter.Sort).Take(MaxExportRows)).ToListAsync(cancellationToken);

    /// <summary>The sections the viewer may filter the 备案台账 by: all for the whole bureau, those he oversees for a
    /// 班子成员, none for anyone else.</summary>
    public Task<List<SectionChoice>> SectionsAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var id = viewer.Id;
        var sections = db.Sections.AsNoTracking();
        sections = ScopeOf(viewer) switch
        {
            WorkbenchScope.Bureau => sections,
            WorkbenchScope.OverseenSections => sections.Where(s => db.Oversights.Any(o => o.LeaderId == id && o.SectionId == s.Id)),
            _ => sections.Where(_ => false),
        };
        return sections.OrderBy(s => s.Id).Select(s => new SectionChoice(s.Id, s.Name)).ToListAsync(cancellationToken);
    }

    private IQueryable<Filing> Matching(Staff viewer, FilingFilter filter)
    {
        var query = InScope(viewer);
        if (filter.Year is { } year)
        {
            var (from, to) = Paging.Year(year);
            query = query.Where(f => f.EventDate >= from && f.EventDate < to);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(f => f.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(f => f.Status == status);
        }

        if (filter.SectionId is { } sectionId)
        {
            query = query.Where(f => f.Filer!.SectionId == sectionId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var person = filter.Person.Trim();
            query = query.Where(f => f.Filer!.Name.Contains(person));
        }

        if (filter.OverdueReport)
        {
            var cutoff = ReportCutoff;
            query = query.Where(f => (f.Status == FilingStatus.Filed || f.Status == FilingStatus.Approved) && f.FollowUp == null
                && (f.EndDate ?? f.EventDate) < cutoff);
        }

        return query;
    }

    /// <summary>A standing filing whose event ended before this day and has no 事后报告 is overdue (Filings:ReportWithinDays).</summary>
    private DateOnly ReportCutoff => clock.Today.AddDays(-filingOptions.Value.ReportWithinDays);

    private static IQueryable<Filing> Ordered(IQueryable<Filing> query, FilingSort sort) => sort switch
    {
        FilingSort.Oldest => query.OrderBy(f => f.EventDate).ThenBy(f => f.Id),
        FilingSort.Filer => query.OrderBy(f => f.Filer!.Name).ThenByDescending(f => f.EventDate).ThenByDescending(f => f.Id),
        FilingSort.Status => query.OrderBy(f => f.Status).ThenByDescending(f => f.EventDate).ThenByDescending(f => f.Id),
        FilingSort.Number => query.OrderByDescending(f => f.Id),
        _ => query.OrderByDescending(f => f.EventDate).ThenByDescending(f => f.Id),
    };

    private IQueryable<FilingRow> Rows(IQueryable<Filing> query)
    {
        var cutoff = ReportCutoff;
        return query.Select(f => new FilingRow(f.Id, f.Filer!.Name, f.Filer.Section == null ? null : f.Filer.Section.Name, f.Kind, f.Subject,
            f.EventDate, f.EndDate, f.Kind == FilingKind.TravelAbroad ? f.Destination : f.Place, f.ExpectedTables, f.ExpectedGuests, f.Status,
            f.IsLate, f.OverScale, f.FollowUp != null,
            (f.Status == FilingStatus.Filed || f.Status == FilingStatus.Approved) && f.FollowUp == null && (f.EndDate ?? f.EventDate) < cutoff,
            f.CreatedAt));
    }

    /// <summary>A filing the viewer may see, with its filer and reviews; null when there is none or it is outside his
    /// scope (the page then says 404: another person's filing is never shown, nor said to exist). Opening another
    /// person's filing is recorded (<see cref="RecordView"/>).</summary>
    public async Task<Filing?> FilingAsync(Staff viewer, int id, CancellationToken cancellationToken)
    {
        var filing = await InScope(viewer).Include(f => f.Filer).ThenInclude(s => s!.Section).Include(f => f.Reviews).ThenInclude(r => r.Reviewer)
            .FirstOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (filing is not null && filing.FilerId != viewer.Id)
        {
            db.RecordViews.Add(new RecordView
            {
                ViewerId = viewer.Id, OwnerId = filing.FilerId, EntityType = nameof(Filing),
                EntityId = id.ToString(CultureInfo.InvariantCulture), At = clock.UtcNow,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return filing;
    }

    /// <summary>Whether the filing exists within the viewer's scope (without reading it, so nothing is logged).</summary>
    public Task<bool> FilingInScopeAsync(Staff viewer, int id, CancellationToken cancellationToken) =>
        InScope(viewer).AnyAsync(f => f.Id == id, cancellationToken);

    /// <summary>A filing's history from the audit trail, oldest first, with the names of those who acted.</summary>
    public async Task<List<FilingHistoryLine>> HistoryAsync(int filingId, CancellationToken cancellationToken)
    {
        var entityId = filingId.ToString(CultureInfo.InvariantCulture);
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.EntityType == nameof(Filing) && e.EntityId == entityId)
            .OrderBy(e => e.Id).Select(e => new { e.At, e.ActorId, e.Action }).ToListAsync(cancellationToken);
        var actorIds = entries.Where(e => e.ActorId != null).Select(e => e.ActorId!.Value).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => actorIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. entries.Select(e => new FilingHistoryLine(e.At, e.ActorId is { } a ? names.GetValueOrDefault(a) : null, e.Action))];
    }

    /// <summary>Who opened whose records, the latest first: for the 廉政监督员 and the 派驻纪检监察组.</summary>
    public Task<List<RecordView>> RecentViewsAsync(CancellationToken cancellationToken) =>
        db.RecordViews.AsNoTracking().OrderByDescending(v => v.Id).Take(200).ToListAsync(cancellationToken);

    /// <summary>The 证照台账 within the viewer's scope: every document in custody or drawn out, with its latest checkout;
    /// overdue when its return date has passed and it is not back.</summary>
    public async Task<List<DocumentRow>> DocumentsAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var holders = StaffInScope(viewer).Select(s => s.Id);
        var documents = await db.TravelDocuments.AsNoTracking().Include(d => d.Holder).ThenInclude(h => h!.Section)
            .Where(d => holders.Contains(d.HolderId)).OrderBy(d => d.HolderId).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var latest = db.DocumentCheckouts.Where(c => ids.Contains(c.DocumentId)).GroupBy(c => c.DocumentId).Select(g => g.Max(c => c.Id));
        var checkouts = await db.DocumentCheckouts.AsNoTracking().Where(c => latest.Contains(c.Id)).ToDictionaryAsync(c => c.DocumentId, cancellationToken);
        var today = clock.Today;
        return [.. documents.Select(d =>
        {
            var last = checkouts.GetValueOrDefault(d.Id);
            return new DocumentRow(d.Holder!.Name, d.Holder.Section?.Name, d.Type, DocumentNumbers.Mask(d.Number), d.State, last?.DrawnOn, last?.DueOn,
                last?.ReturnedOn, last is not null && TravelCustodyRules.IsOverdue(last, today), d.HolderId);
        })];
    }

    /// <summary>The people whose records the viewer sees.</summary>
    private IQueryable<Staff> StaffInScope(Staff viewer)
    {
        var staff = db.Staff.AsNoTracking();
        var id = viewer.Id;
        return ScopeOf(viewer) switch
        {
            WorkbenchScope.Bureau => staff,
            WorkbenchScope.OverseenSections => staff.Where(s => s.Id == id
                || (s.SectionId != null && db.Oversights.Any(o => o.LeaderId == id && o.SectionId == s.SectionId)
                    && !s.Roles.Any(r => r.Role == StaffRole.Leader || r.Role == StaffRole.PartySecretary))),
            _ => staff.Where(s => s.Id == id),
        };
    }

    private IQueryable<Filing> InScope(Staff viewer)
    {
        if (ScopeOf(viewer) == WorkbenchScope.Bureau)
        {
            return db.Filings.AsNoTracking();
        }

        var staff = StaffInScope(viewer).Select(s => s.Id);
        return db.Filings.AsNoTracking().Where(f => staff.Contains(f.FilerId));
    }
}
