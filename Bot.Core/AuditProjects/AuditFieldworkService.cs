using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.AuditProjects;

/// <summary>The team on site: at 进点 the team leader gets the 审计纪律告知书 to post at the audited unit; at 离场 he is
/// asked for the 执行情况报告, which goes to the 廉政监督员.</summary>
public sealed class AuditFieldworkService(
    LianzhengDbContext db, AuditTrail audit, OutboxWriter outbox, StaffDirectory directory, IOptions<AuditProjectOptions> options,
    IOptions<BureauOptions> bureau, BureauClock clock)
{
    /// <summary>How long after 离场 the team leader is still asked for a report that never came.</summary>
    private const int ReportAskedWithinDays = 60;

    /// <summary>Sends the team leader the link to the project's 告知书, once.</summary>
    public async Task SendNoticeAsync(AuditProject project, CancellationToken cancellationToken)
    {
        await EnsureCodesAsync(project, cancellationToken);
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.DisciplineNotice,
            NoticeKey(project.Id),
            new OutboundMessage(
                AuditProjectTexts.Notice(project.Name, DomainNames.Date(project.StartDate), bureau.Value.PublicUrl("audit-notices/" + project.NoticeCode),
                    options.Value.FeedbackDays),
                AuditProjectTexts.NoticeTitle, Buttons: [AuditDiscipline.ShowFullTextButton]),
            [project.TeamLeaderId]), cancellationToken);
    }

    /// <summary>Whether the team leader has been sent the project's 告知书.</summary>
    public Task<bool> NoticeSentAsync(int projectId, CancellationToken cancellationToken) =>
        db.OutboxMessages.AnyAsync(m => m.SourceKey == NoticeKey(projectId), cancellationToken);

    /// <summary>The 告知书 behind a download code, or null for a code that opens nothing.</summary>
    public async Task<DisciplineNotice?> NoticeAsync(string code, CancellationToken cancellationToken)
    {
        if (!AccessCodes.IsWellFormed(code))
        {
            return null;
        }

        var project = await db.AuditProjects.AsNoTracking().Include(p => p.Members).ThenInclude(m => m.Staff).Include(p => p.TeamLeader)
            .FirstOrDefaultAsync(p => p.NoticeCode == code, cancellationToken);
        if (project is null)
        {
            return null;
        }

        var members = project.Members.Where(m => m.StaffId != project.TeamLeaderId).OrderBy(m => m.StaffId).Select(m => m.Staff!.Name).ToList();
        return new DisciplineNotice(bureau.Value.Name, project.Name, project.StartDate, project.EndDate, project.TeamLeader!.Name, members,
            options.Value.ReportingPhone, bureau.Value.PublicUrl("feedback/" + project.FeedbackCode));
    }

    /// <summary>Asks the team leader for the 执行情况报告, once.</summary>
    public Task RequestReportAsync(AuditProject project, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.ExecutionReportDue,
            $"audit-report-due:{Id(project.Id)}",
            new OutboundMessage(AuditProjectTexts.ReportDue(project.Name, DomainNames.Date(project.EndDate ?? project.StartDate)), AuditProjectTexts.ReportDueTitle,
                Buttons: [new MessageButton(AuditProjectTexts.GiveReport, Actions.Start(DialogIds.ExecutionReport, Id(project.Id)))]),
            [project.TeamLeaderId]), cancellationToken);

    /// <summary>Projects whose team is due its 告知书 today: from the working day before 进点 (<paramref name="lastCallOf"/>) to
    /// 离场.</summary>
    public async Task<List<AuditProject>> DueNoticeAsync(Func<AuditProject, DateOnly> lastCallOf, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var soon = today.AddDays(31);
        var starting = await db.AuditProjects.AsNoTracking()
            .Where(p => p.StartDate <= soon && (p.EndDate ?? p.StartDate) >= today).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return [.. starting.Where(p => today >= lastCallOf(p))];
    }

    /// <summary>Projects that have left the site (or leave today) without a report, not longer ago than anyone still asks.</summary>
    public Task<List<AuditProject>> DueReportAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var oldest = today.AddDays(-ReportAskedWithinDays);
        return db.AuditProjects.AsNoTracking()
            .Where(p => p.EndDate != null && p.EndDate <= today && p.EndDate >= oldest && !db.ExecutionReports.Any(r => r.ProjectId == p.Id))
            .OrderBy(p => p.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The projects this team leader can report on now: on site already, not left longer ago than anyone still
    /// asks, no report yet; the latest first. With <paramref name="projectId"/> (the 离场 message's button) only that one.</summary>
    public Task<List<AuditProject>> AwaitingReportOfAsync(int teamLeaderId, int? projectId, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var oldest = today.AddDays(-ReportAskedWithinDays);
        return db.AuditProjects.AsNoTracking().Include(p => p.Members).ThenInclude(m => m.Staff)
            .Where(p => p.TeamLeaderId == teamLeaderId && p.StartDate <= today && !db.ExecutionReports.Any(r => r.ProjectId == p.Id))
            .Where(p => projectId == null ? (p.EndDate ?? p.StartDate) >= oldest : p.Id == projectId)
            .OrderByDescending(p => p.EndDate ?? p.StartDate).ThenByDescending(p => p.Id).Take(10).ToListAsync(cancellationToken);
    }

    /// <summary>Stores the team leader's report and sends it to the 廉政监督员. Null when the project is not his to report on
    /// or was reported already (a replay of the same message returns the report it stored).</summary>
    public async Task<ExecutionReport?> ReportAsync(
        Staff teamLeader, int projectId, ExecutionReportDraft draft, CancellationToken cancellationToken, string? sourceKey = null)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (sourceKey is not null
            && await db.ExecutionReports.Include(r => r.Entries).FirstOrDefaultAsync(r => r.SourceKey == sourceKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var project = await db.AuditProjects.AsNoTracking().Include(p => p.Members).ThenInclude(m => m.Staff)
            .FirstOrDefaultAsync(p => p.Id == projectId && p.TeamLeaderId == teamLeader.Id, cancellationToken);
        if (project is null || await db.ExecutionReports.AnyAsync(r => r.ProjectId == projectId, cancellationToken))
        {
            return null;
        }

        var report = new ExecutionReport
        {
            ProjectId = projectId,
            ReportedById = teamLeader.Id,
            ReportedAt = clock.UtcNow,
            Incident = draft.Incident,
            IncidentPeople = draft.Incident is null ? null : draft.IncidentPeople,
            IncidentHandling = draft.Incident is null ? null : draft.IncidentHandling,
            SourceKey = sourceKey,
            Entries = [.. project.Members.Select(m => new ExecutionReportEntry { StaffId = m.StaffId, KeptDiscipline = draft.KeptDiscipline.GetValueOrDefault(m.StaffId, true) })],
        };
        db.ExecutionReports.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(teamLeader.Id, "project.execution-reported", AuditRecords.Of(report), new { project = projectId }, cancellationToken);

        var text = AuditProjectTexts.Report(
            project.Members.OrderBy(m => m.StaffId).Select(m => (m.Staff!.Name, report.Entries.First(e => e.StaffId == m.StaffId).KeptDiscipline)),
            report.Incident, report.IncidentPeople, report.IncidentHandling);
        var supervisors = (await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken)).Select(s => s.Id).ToList();
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.ExecutionReport,
            $"audit-report:{Id(report.Id)}",
            new OutboundMessage(AuditProjectTexts.ReportReceived(project.Name, teamLeader.Name, text), AuditProjectTexts.ReportDueTitle),
            supervisors), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>A project registered before the codes existed gets them when it first needs them.</summary>
    private async Task EnsureCodesAsync(AuditProject project, CancellationToken cancellationToken)
    {
        if (project.FeedbackCode is not null && project.NoticeCode is not null)
        {
            return;
        }

        // Only where still empty: two runs at once agree on the codes the first one wrote.
        await db.AuditProjects.Where(p => p.Id == project.Id && p.FeedbackCode == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.FeedbackCode, AccessCodes.New()), cancellationToken);
        await db.AuditProjects.Where(p => p.Id == project.Id && p.NoticeCode == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.NoticeCode, AccessCodes.New()), cancellationToken);
        var codes = await db.AuditProjects.AsNoTracking().Where(p => p.Id == project.Id)
            .Select(p => new { p.FeedbackCode, p.NoticeCode }).FirstAsync(cancellationToken);
        project.FeedbackCode = codes.FeedbackCode;
        project.NoticeCode = codes.NoticeCode;
    }

    private static string NoticeKey(int projectId) => "audit-notice:" + Id(projectId);

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
