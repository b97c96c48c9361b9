using Lianzheng.Core.Offers;

namespace Lianzheng.Core.Reports;

/// <summary>What was offered and declined or handed in during the period, of one kind: how many registrations and their
/// estimated value in yuan (where one was given).</summary>
public sealed record OfferLine(OfferKind Kind, int Count, int EstimatedValue);
