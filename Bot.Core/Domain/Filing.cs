namespace Lianzheng.Core.Domain;

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

public enum FilingKind
{
    Wedding = 1,
    Funeral = 2,
    OtherCelebration = 3,
    TravelAbroad = 4,
}

public enum EventSubject
{
    Self = 1,
    Child = 2,
    Parent = 3,
    OtherRelative = 4,
}

public enum FilingStatus
{
    /// <summary>已备案.</summary>
    Filed = 1,

    /// <summary>已撤回 (kept, with a reason).</summary>
    Withdrawn = 2,

    /// <summary>已办结: the follow-up report is in.</summary>
    Completed = 3,
}
