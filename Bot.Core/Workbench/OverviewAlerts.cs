namespace Lianzheng.Core.Workbench;

/// <summary>The 总览's figures that call for action: filings 待审核, 事后报告 overdue, travel documents not returned in time.</summary>
public sealed record OverviewAlerts(int PendingReview, int ReportsOverdue, int DocumentsOverdue);
