namespace Lianzheng.Core.Workbench;

/// <summary>One page of the audit log's search, and how many entries match in all.</summary>
public sealed record AuditEntryPage(IReadOnlyList<AuditEntryRow> Rows, int Total, AuditFilter Filter)
{
    public int Pages => Paging.Pages(Total, AuditFilter.PageSize);
}
