namespace Lianzheng.Core.Workbench;

/// <summary>The audit log's search: who acted (a name; empty: anyone), the action, the kind of record and its number, the
/// days from and to (the bureau's dates, both included); and the page (from 1). The latest entries come first.</summary>
public sealed record AuditFilter(
    string? Actor = null, string? Action = null, string? EntityType = null, string? EntityId = null, DateOnly? From = null, DateOnly? To = null, int Page = 1)
{
    public const int PageSize = 50;
}
