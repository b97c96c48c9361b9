namespace Lianzheng.Core.Workbench;

/// <summary>One entry of the audit log as the 工作台 lists it: who did what to which record, when. What the entry recorded
/// (a filing's contents, for one) is not shown: a personal record is read on its own page, where the reading is logged.</summary>
public sealed record AuditEntryRow(long Id, DateTimeOffset At, string? Actor, string Action, string EntityType, string EntityId);
