namespace Lianzheng.Core.Filings;

/// <summary>Told when a trip abroad (因私出国（境）) is approved, inside the reviewer's transaction (the document custody
/// ledger tells the traveller to collect his document). Every registered listener is called; none is required.</summary>
public interface ITripApprovalListener
{
    Task TripApprovedAsync(Filing trip, CancellationToken ct);
}
