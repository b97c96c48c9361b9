using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Workbench;

/// <summary>The 廉政谈话 of the 工作台: the talk matrix and the talk list with summaries. Both are for those who see the
/// whole bureau (<see cref="WorkbenchScope.Bureau"/>: every leader's talks) and for a 班子成员 (his own talks, his own row);
/// anyone else sees the talks he took part in only in 我的记录. The matrix counts and judges talks by the rule the
/// talk-due notices use (<see cref="TalkService"/>, <see cref="TalkQuota"/>).</summary>
public sealed class WorkbenchTalks(LianzhengDbContext db, TalkService talks, BureauClock clock, IOptions<TalkOptions> options)
{
    /// <summary>Whether the viewer may open the talk pages at all.</summary>
    public static bool MaySee(Staff viewer) => WorkbenchRecords.ScopeOf(viewer) != WorkbenchScope.Self;

    /// <summary>This year's matrix in the viewer's scope: every leader × overseen head, then every 党组书记 × 班子成员;
    /// a 班子成员 gets his own row only; empty for anyone else.</summary>
    public async Task<List<TalkCell>> MatrixAsync(Staff viewer, CancellationToken cancellationToken)
    {
        if (!MaySee(viewer))
        {
            return [];
        }

        var today = clock.Today;
        var bureau = WorkbenchRecords.ScopeOf(viewer) == WorkbenchScope.Bureau;
        var leaders = TalkQuota.ForLeaders(options.Value);
        var secretary = TalkQuota.ForSecretary(options.Value);
        var cells = (await talks.ProgressAsync(bureau ? null : viewer.Id, today.Year, cancellationToken))
            .Select(p => Cell(p, leaders, today)).ToList();
        if (bureau)
        {
            cells.AddRange((await talks.SecretaryProgressAsync(null, today.Year, cancellationToken)).Select(p => Cell(p, secretary, today)));
        }

        return cells;
    }

    /// <summary>The talk list: the talks in the viewer's scope that match the filter, the latest first, one page.</summary>
    public async Task<TalkPage> TalksAsync(Staff viewer, TalkFilter filter, CancellationToken cancellationToken)
    {
        var query = Matching(viewer, filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Paging.Within(filter.Page, total, TalkFilter.PageSize);
        var rows = await Rows(query.Skip((page - 1) * TalkFilter.PageSize).Take(TalkFilter.PageSize)).ToListAsync(cancellationToken);
        return new TalkPage(rows, total, filter with { Page = page });
    }

    /// <summary>Every talk the filter matches in the viewer's scope, in the page's order (for the export; at most
    /// <see cref="WorkbenchRecords.MaxExportRows"/>).</summary>
    public Task<List<TalkRow>> AllTalksAsync(Staff viewer, TalkFilter filter, CancellationToken cancellationToken) =>
        Rows(Matching(viewer, filter).Take(WorkbenchRecords.MaxExportRows)).ToListAsync(cancellationToken);

    /// <summary>The talks the viewer took part in, the latest first (for 我的记录: the page shows when, what kind and with
    /// whom, not the summary, which is the leader's record).</summary>
    public Task<List<TalkRow>> TakenPartInAsync(Staff viewer, CancellationToken cancellationToken) =>
        Rows(db.IntegrityTalks.AsNoTracking().Where(t => !t.IsWithdrawn && t.Participants.Any(p => p.StaffId == viewer.Id))
            .OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.Id).Take(200)).ToListAsync(cancellationToken);

    /// <summary>The leaders the viewer may filter the list by: those who hold talks (班子成员 and 党组书记) for the whole
    /// bureau; none for a 班子成员, who sees his own only.</summary>
    public Task<List<PersonChoice>> LeadersAsync(Staff viewer, CancellationToken cancellationToken) =>
        WorkbenchRecords.ScopeOf(viewer) != WorkbenchScope.Bureau
            ? Task.FromResult(new List<PersonChoice>())
            : db.Staff.AsNoTracking().Where(s => s.Roles.Any(r => r.Role == StaffRole.Leader || r.Role == StaffRole.PartySecretary))
                .OrderBy(s => s.Id).Select(s => new PersonChoice(s.Id, s.Name)).ToListAsync(cancellationToken);

    private static TalkCell Cell(TalkPair pair, TalkQuota quota, DateOnly today) =>
        new(pair.LeaderId, pair.LeaderName, pair.HeadId, pair.HeadName, pair.SectionName, pair.Held, quota.PerYear, quota.StatusOf(pair.Held, today));

    private IQueryable<IntegrityTalk> Matching(Staff viewer, TalkFilter filter)
    {
        var query = db.IntegrityTalks.AsNoTracking().Where(t => !t.IsWithdrawn);
        query = WorkbenchRecords.ScopeOf(viewer) switch
        {
            WorkbenchScope.Bureau => query,
            WorkbenchScope.OverseenSections => query.Where(t => t.LeaderId == viewer.Id),
            _ => query.Where(_ => false),
        };
        if (filter.Year is { } year)
        {
            var (from, to) = Paging.Year(year);
            query = query.Where(t => t.HeldOn >= from && t.HeldOn < to);
        }

        if (filter.LeaderId is { } leaderId)
        {
            query = query.Where(t => t.LeaderId == leaderId);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(t => t.Kind == kind);
        }

        return query.OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.Id);
    }

    private IQueryable<TalkRow> Rows(IQueryable<IntegrityTalk> query) =>
        query.Select(t => new TalkRow(t.Id, t.HeldOn, t.Kind, t.Form, t.Leader!.Name,
            t.Participants.OrderBy(p => p.StaffId).Select(p => p.Staff!.Name).ToList(), t.Summary,
            db.AuditProjects.Where(p => p.Id == t.AuditProjectId).Select(p => p.Name).FirstOrDefault(), t.RecordedAt));
}
