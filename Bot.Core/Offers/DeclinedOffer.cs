using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Offers;

/// <summary>拒收礼金和请托登记: a gift, banquet or 请托 a staff member was offered and refused or handed in, recorded by him
/// in chat. The record protects him; it is kept as made (no amendment or withdrawal) and covered by the audit trail.</summary>
public sealed class DeclinedOffer
{
    public int Id { get; set; }

    public int StaffId { get; set; }

    public Staff? Staff { get; set; }

    public OfferKind Kind { get; set; }

    /// <summary>Who offered it: a unit and/or a person (e.g. 某某建设公司 李某).</summary>
    public required string OfferedBy { get; set; }

    /// <summary>What was offered (e.g. 购物卡 2 张; for a 请托 what was asked).</summary>
    public required string Description { get; set; }

    /// <summary>Estimated value in yuan; null when not given (a 请托, or not known).</summary>
    public int? EstimatedValue { get; set; }

    public DateOnly OfferedOn { get; set; }

    public OfferHandling Handling { get; set; }

    public int? AuditProjectId { get; set; }

    public AuditProject? AuditProject { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>What made this record (the inbound message of its turn): a replay of the same message finds it.</summary>
    public string? SourceKey { get; set; }
}
