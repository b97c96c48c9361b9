using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Workbench;

/// <summary>A line of the 备案台账, on the page and in its export alike.</summary>
/// <param name="ReportOverdue">A standing filing whose event is over, with no 事后报告 past Filings:ReportWithinDays.</param>
public sealed record FilingRow(
    int Id,
    string Filer,
    string? Section,
    FilingKind Kind,
    EventSubject Subject,
    DateOnly EventDate,
    DateOnly? EndDate,
    string? Place,
    int? Tables,
    int? Guests,
    FilingStatus Status,
    bool IsLate,
    bool OverScale,
    bool Reported,
    bool ReportOverdue,
    DateTimeOffset CreatedAt);
