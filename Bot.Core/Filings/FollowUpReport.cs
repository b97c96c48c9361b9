namespace Lianzheng.Core.Filings;

/// <summary>事后报告: what actually happened.</summary>
public sealed class FollowUpReport
{
    public int? ActualTables { get; set; }

    public int? ActualGuests { get; set; }

    public DateOnly? ActualReturnDate { get; set; }

    public bool? DocumentsHandedBack { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset ReportedAt { get; set; }
}
