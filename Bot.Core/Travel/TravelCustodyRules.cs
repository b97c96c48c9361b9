using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Travel;

/// <summary>The rules of document custody in one place: which trips a document may be drawn out for, when it is due
/// back, when it is overdue and when the leader is told.</summary>
public static class TravelCustodyRules
{
    /// <summary>Whether a document may be drawn out for this trip: one cleared for departure (approved, or 已备案 where
    /// trips are not reviewed) whose 事后报告 is not in yet.</summary>
    public static bool MayDrawFor(Filing trip) => IsOpenCleared(trip);

    /// <summary>A trip cleared for departure (approved, or 已备案 where trips are not reviewed) whose 事后报告 is not in.</summary>
    public static bool IsOpenCleared(Filing trip) => FilingRules.ClearedForDeparture(trip) && trip.Status != FilingStatus.Completed;

    /// <summary>The day the document is due back: <see cref="TravelOptions.DocumentReturnDays"/> calendar days after
    /// the actual return the traveller reported, or after the day the trip was withdrawn; null while neither is known.</summary>
    public static DateOnly? DueOn(Filing trip, DateOnly? withdrawnOn, int returnDays) =>
        trip.FollowUp?.ActualReturnDate is { } back ? back.AddDays(returnDays)
        : trip.Status == FilingStatus.Withdrawn && withdrawnOn is { } withdrawn ? withdrawn.AddDays(returnDays)
        : null;

    public static bool IsOverdue(DocumentCheckout checkout, DateOnly today) =>
        checkout.IsOpen && checkout.DueOn is { } due && today > due;

    /// <summary>Whether the document has been overdue for more than <see cref="TravelOptions.EscalateAfterDays"/>.</summary>
    public static bool IsDueForEscalation(DocumentCheckout checkout, DateOnly today, int escalateAfterDays) =>
        checkout.IsOpen && checkout.DueOn is { } due && today > due.AddDays(escalateAfterDays);
}
