using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Filings;

/// <summary>A personal-event record (个人事项备案): a wedding, funeral, other celebration or private travel abroad.</summary>
public sealed class Filing
{
    public int Id { get; set; }

    /// <summary>Chosen by the dialog before it submits: a second submission with the same key returns the first filing.</summary>
    public required string SubmissionKey { get; set; }

    public int FilerId { get; set; }

    public Staff? Filer { get; set; }

    public FilingKind Kind { get; set; }

    public EventSubject Subject { get; set; }

    /// <summary>The day of the event; for travel abroad the departure date.</summary>
    public DateOnly EventDate { get; set; }

    /// <summary>The last day of the event; for travel abroad the planned return date.</summary>
    public DateOnly? EndDate { get; set; }

    public string? Place { get; set; }

    public int? ExpectedTables { get; set; }

    public int? ExpectedGuests { get; set; }

    /// <summary>Whether management or service objects (管理服务对象) are invited.</summary>
    public bool? InvitesManagedObjects { get; set; }

    public bool? InvitesSubordinates { get; set; }

    public string? Destination { get; set; }

    public string? Purpose { get; set; }

    public string? Companions { get; set; }

    public FilingStatus Status { get; set; } = FilingStatus.Filed;

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public FollowUpReport? FollowUp { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public int Version { get; set; }

    public bool IsBanquet => Kind is not FilingKind.TravelAbroad;

    /// <summary>A filing can be amended or withdrawn only while it is open and its event has not begun.</summary>
    public bool CanChange(DateOnly today) => Status == FilingStatus.Filed && EventDate > today;

    /// <summary>A follow-up report can be made once the event has begun (for travel: once the traveller has left).</summary>
    public bool CanReport(DateOnly today) => Status == FilingStatus.Filed && EventDate <= today;
}
