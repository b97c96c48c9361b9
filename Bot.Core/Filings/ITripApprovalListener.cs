namespace Lianzheng.Core.Filings;

/// <summary>Told when a trip abroad (因私出国（境）) is approved, inside the approval's transaction: what follows from the
/// approval in other domains (the travel document to collect) hangs here, not in the review.</summary>
public interface ITripApprovalListener
{
    Task TripApprovedAsync(Filing trip, CancellationToken ct);
}
