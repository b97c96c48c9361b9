namespace Lianzheng.Core.Workbench;

/// <summary>One step in a filing's history, from the audit trail: when, who, what.</summary>
public sealed record FilingHistoryLine(DateTimeOffset At, string? Actor, string Action);
