using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Workbench;

/// <summary>The 审计项目 of the 工作台: each project's integrity cycle. Those who see the whole bureau
/// (<see cref="WorkbenchScope.Bureau"/>) see every project; anyone else the projects he is the responsible leader of,
/// leads or is on the team of. The scope is applied in the query, so a project outside it is never read.</summary>
public sealed class WorkbenchProjects(LianzhengDbContext db, BureauClock clock)
{
    /// <summary>The list: the projects in the viewer's scope started in the filter's year, the latest 进场 first, one page.</summary>
    public async Task<ProjectPage> ProjectsAsync(Staff viewer, ProjectFilter filter, CancellationToken cancellationToken)
    {
        var query = Matching(viewer, filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Paging.Within(filter.Page, total, ProjectFilter.PageSize);
        var projects = await query.Skip((page - 1) * ProjectFilter.PageSize).Take(ProjectFilter.PageSize).ToListAsync(cancellationToken);
        return new ProjectPage(await RowsAsync(projects, cancellationToken), total, filter with { Page = page });
    }

    /// <summary>Every project the filter matches in the viewer's scope, in the page's order (for the export).</summary>
    public async Task<List<ProjectRow>> AllProjectsAsync(Staff viewer, ProjectFilter filter, CancellationToken cancellationToken) =>
        await RowsAsync(await Matching(viewer, filter).Take(WorkbenchRecords.MaxExportRows).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>Every project of the bureau that went on site (进场) from <paramref name="first"/> to <paramref name="last"/>
    /// (both included), the earliest first (for the reports, which cover the whole bureau).</summary>
    public async Task<List<ProjectRow>> StartedAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        await RowsAsync(await db.AuditProjects.AsNoTracking().Where(p => p.StartDate >= first && p.StartDate <= last)
            .OrderBy(p => p.StartDate).ThenBy(p => p.Id).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>The projects in the viewer's scope not over yet (on site or to come), the soonest 进场 first: for the 总览.</summary>
    public async Task<List<ProjectRow>> CurrentAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var projects = await InScope(viewer).Where(p => (p.EndDate ?? p.StartDate) >= today)
            .OrderBy(p => p.StartDate).ThenBy(p => p.Id).Take(ProjectFilter.PageSize).ToListAsync(cancellationToken);
        return await RowsAsync(projects, cancellationToken);
    }

    /// <summary>A project's page, or null when there is none or it is outside the viewer's scope (the page then says 404).</summary>
    public async Task<ProjectDetail?> ProjectAsync(Staff viewer, int id, CancellationToken cancellationToken)
    {
        var project = await InScope(viewer).Include(p => p.Members).ThenInclude(m => m.Staff).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var row = (await RowsAsync([project], cancellationToken))[0];
        var talk = project.PreAuditTalkId is { } talkId
            ? await db.IntegrityTalks.AsNoTracking().Include(t => t.Leader).FirstOrDefaultAsync(t => t.Id == talkId, cancellationToken)
            : null;
        var report = await db.ExecutionReports.AsNoTracking().Include(r => r.Entries).Include(r => r.ReportedBy)
            .FirstOrDefaultAsync(r => r.ProjectId == id, cancellationToken);
        var feedback = await db.AuditFeedback.AsNoTracking().Include(f => f.Issues).Where(f => f.ProjectId == id)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var committed = await CommittedAsync([project], cancellationToken);
        var team = project.Members.OrderBy(m => m.StaffId != project.TeamLeaderId).ThenBy(m => m.StaffId)
            .Select(m => new ProjectMemberLine(m.Staff!.Name, m.StaffId == project.TeamLeaderId, committed.Contains((project.Id, m.StaffId)),
                report?.Entries.FirstOrDefault(e => e.StaffId == m.StaffId)?.KeptDiscipline))
            .ToList();
        return new ProjectDetail(row, team, talk, report, report?.ReportedBy?.Name, feedback);
    }

    /// <summary>Whether the viewer has the 审计项目 pages at all: the whole bureau's viewers and the 班子成员. Anyone else has
    /// only 我的记录 (a project's pages hold the talk summary, each member's 遵守/违反, the incident and the 回访 answers).</summary>
    public static bool MaySee(Staff viewer) => WorkbenchRecords.ScopeOf(viewer) != WorkbenchScope.Self;

    /// <summary>The projects the viewer sees: all for the whole bureau; for a 班子成员 those he is responsible for, leads or
    /// is on; none for anyone else.</summary>
    private IQueryable<AuditProject> InScope(Staff viewer)
    {
        var projects = db.AuditProjects.AsNoTracking();
        var id = viewer.Id;
        return WorkbenchRecords.ScopeOf(viewer) switch
        {
            WorkbenchScope.Bureau => projects,
            WorkbenchScope.OverseenSections => projects.Where(p => p.ResponsibleLeaderId == id || p.TeamLeaderId == id || p.Members.Any(m => m.StaffId == id)),
            _ => projects.Where(_ => false),
        };
    }

    private IQueryable<AuditProject> Matching(Staff viewer, ProjectFilter filter)
    {
        var query = InScope(viewer);
        if (filter.Year is { } year)
        {
            var (from, to) = Paging.Year(year);
            query = query.Where(p => p.StartDate >= from && p.StartDate < to);
        }

        return query.OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id);
    }

    /// <summary>The (project, member) pairs whose member confirmed the project's discipline reminder.</summary>
    private async Task<HashSet<(int, int)>> CommittedAsync(IReadOnlyList<AuditProject> projects, CancellationToken cancellationToken)
    {
        var byMessage = projects.Where(p => p.TeamReminderMessageId != null).ToDictionary(p => p.TeamReminderMessageId!.Value, p => p.Id);
        var messageIds = byMessage.Keys.ToList();
        var confirmed = await db.Deliveries.AsNoTracking().Where(d => messageIds.Contains(d.MessageId) && d.ConfirmedAt != null)
            .Select(d => new { d.MessageId, d.RecipientId }).Distinct().ToListAsync(cancellationToken);
        return [.. confirmed.Select(c => (byMessage[c.MessageId], c.RecipientId))];
    }

    private async Task<List<ProjectRow>> RowsAsync(IReadOnlyList<AuditProject> projects, CancellationToken cancellationToken)
    {
        var ids = projects.Select(p => p.Id).ToList();
        var members = await db.AuditProjects.AsNoTracking().Where(p => ids.Contains(p.Id))
            .SelectMany(p => p.Members.Select(m => new { m.ProjectId, m.StaffId, m.Staff!.Name })).ToListAsync(cancellationToken);
        var leaderIds = projects.SelectMany(p => new[] { p.TeamLeaderId, p.ResponsibleLeaderId }).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => leaderIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var talkIds = projects.Where(p => p.PreAuditTalkId != null).Select(p => p.PreAuditTalkId!.Value).ToList();
        var talks = await db.IntegrityTalks.AsNoTracking().Where(t => talkIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.HeldOn, cancellationToken);
        var reports = await db.ExecutionReports.AsNoTracking().Where(r => ids.Contains(r.ProjectId))
            .Select(r => new
            {
                r.ProjectId, r.ReportedAt, Incident = r.Incident != null,
                Kept = r.Entries.Count(e => e.KeptDiscipline), Lapses = r.Entries.Count(e => !e.KeptDiscipline),
            })
            .ToListAsync(cancellationToken);
        var answers = (await db.AuditFeedback.AsNoTracking().Where(f => ids.Contains(f.ProjectId))
                .Select(f => new { f.ProjectId, WithIssues = f.Issues.Count != 0 }).ToListAsync(cancellationToken))
            .GroupBy(f => f.ProjectId).Select(g => new { ProjectId = g.Key, Count = g.Count(), WithIssues = g.Count(f => f.WithIssues) }).ToList();
        var committed = await CommittedAsync(projects, cancellationToken);
        return [.. projects.Select(p =>
        {
            var team = members.Where(m => m.ProjectId == p.Id).OrderBy(m => m.StaffId).ToList();
            var report = reports.FirstOrDefault(r => r.ProjectId == p.Id);
            var answered = answers.FirstOrDefault(a => a.ProjectId == p.Id);
            return new ProjectRow(p.Id, p.Name, p.IsMajor, p.StartDate, p.EndDate, names.GetValueOrDefault(p.TeamLeaderId, ""),
                names.GetValueOrDefault(p.ResponsibleLeaderId, ""), p.PreAuditTalkId is { } t && talks.TryGetValue(t, out var held) ? held : null,
                p.TeamReminderMessageId != null, team.Count, team.Count(m => committed.Contains((p.Id, m.StaffId))),
                [.. team.Where(m => !committed.Contains((p.Id, m.StaffId))).Select(m => m.Name)],
                report is null ? null : new ProjectReport(report.Kept, report.Lapses, report.Incident, report.ReportedAt),
                answered?.Count ?? 0, answered?.WithIssues ?? 0);
        })];
    }
}
