namespace Lianzheng.Core.AuditProjects;

/// <summary>One member's line in the 执行情况报告: whether he kept the discipline.</summary>
public sealed class ExecutionReportEntry
{
    public long ReportId { get; set; }

    public int StaffId { get; set; }

    public bool KeptDiscipline { get; set; }
}
