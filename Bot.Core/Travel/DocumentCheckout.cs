using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Travel;

/// <summary>One drawing out of a travel document for a trip (领取 … 交回). The return is due
/// <see cref="TravelOptions.DocumentReturnDays"/> after the actual return the traveller reports (or after the trip was
/// withdrawn); until then <see cref="DueOn"/> is empty and nothing is overdue.</summary>
public sealed class DocumentCheckout
{
    public int Id { get; set; }

    public int DocumentId { get; set; }

    public TravelDocument? Document { get; set; }

    /// <summary>The trip (a <see cref="FilingKind.TravelAbroad"/> filing) the document was drawn out for.</summary>
    public int TripId { get; set; }

    public Filing? Trip { get; set; }

    public DateOnly DrawnOn { get; set; }

    /// <summary>The custodian who recorded the 领取.</summary>
    public int DrawnRecordedById { get; set; }

    public DateOnly? DueOn { get; set; }

    public DateOnly? ReturnedOn { get; set; }

    /// <summary>The custodian who confirmed the 交回.</summary>
    public int? ReturnRecordedById { get; set; }

    /// <summary>Whether the traveller was asked to report his return once the planned return passed unreported.</summary>
    public bool ReturnReportAsked { get; set; }

    /// <summary>How many overdue reminders went out (one a day at most).</summary>
    public int RemindersSent { get; set; }

    public DateOnly? LastRemindedOn { get; set; }

    /// <summary>When the overseeing leader was told that the document is still out.</summary>
    public DateTimeOffset? EscalatedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public int Version { get; set; }

    public bool IsOpen => ReturnedOn is null;
}
