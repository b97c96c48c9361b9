namespace Lianzheng.Core.Offers;

/// <summary>What a staff member tells about an offer he declined, before it is recorded.</summary>
public sealed record DeclinedOfferDraft(
    OfferKind Kind, string OfferedBy, string Description, int? EstimatedValue, DateOnly OfferedOn, OfferHandling Handling, int? AuditProjectId);
