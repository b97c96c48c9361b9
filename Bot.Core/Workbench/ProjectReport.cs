namespace Lianzheng.Core.Workbench;

/// <summary>A project's 执行情况报告 in figures: members who kept the discipline, those who did not, whether an incident
/// was reported, and when.</summary>
public sealed record ProjectReport(int Kept, int Lapses, bool Incident, DateTimeOffset ReportedAt);
