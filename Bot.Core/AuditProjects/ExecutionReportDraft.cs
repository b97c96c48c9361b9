namespace Lianzheng.Core.AuditProjects;

/// <summary>A 执行情况报告 as the team leader gives it in chat: member → kept the discipline, and the incident if any.</summary>
public sealed record ExecutionReportDraft(
    IReadOnlyDictionary<int, bool> KeptDiscipline, string? Incident = null, string? IncidentPeople = null, string? IncidentHandling = null)
{
    /// <summary>The longest answer to each of the incident's questions.</summary>
    public const int MaxTextLength = 500;
}
