using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Reports;

/// <summary>The personal-event filings of one kind whose event fell in the period: how many were filed (withdrawn ones
/// apart), filed on time or late (逾期报告), above the scale limits, and their 事后报告 — due by the report's day, given
/// on time, given late, or still missing.</summary>
public sealed record FilingLine(
    FilingKind Kind, int Filed, int Withdrawn, int OnTime, int Late, int OverScale, int ReportsDue, int ReportedOnTime, int ReportedLate, int NotReported);
