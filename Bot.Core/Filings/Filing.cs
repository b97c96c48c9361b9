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

    /// <summary>What the other celebration (其他喜庆事宜) is: 升学、乔迁、生日、满月、参军 or as typed.</summary>
    public string? CelebrationKind { get; set; }

    /// <summary>Whether the wedding is held jointly with the other family (同城合办).</summary>
    public bool? HeldJointly { get; set; }

    public int? Cars { get; set; }

    /// <summary>Whether any of the cars is a public car (公车).</summary>
    public bool? OfficialCars { get; set; }

    /// <summary>Above Filings:MaxTables or the guests' limit: flagged for the reviewer, with the filer's reason.</summary>
    public bool OverScale { get; set; }

    public string? ScaleReason { get; set; }

    /// <summary>逾期报告: filed later than the rules ask (lead time, or a funeral reported late), with the filer's reason.</summary>
    public bool IsLate { get; set; }

    public string? LateReason { get; set; }

    public TravelDocumentType? DocumentType { get; set; }

    /// <summary>The travel document's number, stored whole; shown through <see cref="DocumentNumbers.Mask"/> except to the custodian.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>途经国家/地区.</summary>
    public string? Transit { get; set; }

    /// <summary>费用来源.</summary>
    public string? FundingSource { get; set; }

    /// <summary>是否涉密岗位.</summary>
    public bool? SecretPost { get; set; }

    /// <summary>The reviewer a 需补充 came from: the amended filing goes back to him; null means the reviewers by 干部管理权限.</summary>
    public int? AssignedReviewerId { get; set; }

    /// <summary>When the filing last went to 待审核 (the review reminder counts working days from it).</summary>
    public DateTimeOffset? ReviewRequestedAt { get; set; }

    public List<FilingReview> Reviews { get; set; } = [];

    public FilingStatus Status { get; set; } = FilingStatus.Filed;

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public FollowUpReport? FollowUp { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public int Version { get; set; }

    public bool IsBanquet => Kind is not FilingKind.TravelAbroad;

    /// <summary>Whether the filing stands: 已备案 (notice only, or filed before review existed), 已同意, or 已办结 after either.</summary>
    public bool IsApproved => Status is FilingStatus.Filed or FilingStatus.Approved or FilingStatus.Completed;

    /// <summary>A filing can be amended or withdrawn while it is open and its event has not begun; one the reviewer sent
    /// back (需补充) can always be amended.</summary>
    public bool CanChange(DateOnly today) =>
        Status == FilingStatus.NeedsMore || (Status is FilingStatus.Filed or FilingStatus.Pending or FilingStatus.Approved && EventDate > today);

    /// <summary>A follow-up report can be made once the event has begun (for travel: once the traveller has left) and
    /// the filing stands.</summary>
    public bool CanReport(DateOnly today) => Status is FilingStatus.Filed or FilingStatus.Approved && EventDate <= today;
}
