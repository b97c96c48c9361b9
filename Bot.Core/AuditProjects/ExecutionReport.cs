using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.AuditProjects;

/// <summary>The 审计纪律执行情况报告 the team leader gives when the team leaves the site (离场): for each member whether
/// the discipline was kept, and any incident — what happened, who was involved, how it was handled.</summary>
public sealed class ExecutionReport
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public AuditProject? Project { get; set; }

    public int ReportedById { get; set; }

    public Staff? ReportedBy { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>What happened, when something did; null when the team reports no incident.</summary>
    public string? Incident { get; set; }

    /// <summary>Who was involved in the incident.</summary>
    public string? IncidentPeople { get; set; }

    /// <summary>How the incident was handled.</summary>
    public string? IncidentHandling { get; set; }

    /// <summary>The inbound message that submitted it: a replay finds this report instead of adding a second.</summary>
    public string? SourceKey { get; set; }

    public List<ExecutionReportEntry> Entries { get; set; } = [];
}
