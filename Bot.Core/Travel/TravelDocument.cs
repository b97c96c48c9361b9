using Lianzheng.Core.Filings;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Travel;

/// <summary>A document for private travel abroad in the custodian's ledger (证照台账): whose, which kind, its number, when
/// it was handed in, and whether it is in custody now. Never deleted.</summary>
public sealed class TravelDocument
{
    public int Id { get; set; }

    public int HolderId { get; set; }

    public Staff? Holder { get; set; }

    public TravelDocumentType Type { get; set; }

    /// <summary>The document's number as issued; shown in full only to the custodian (<see cref="DocumentNumberMask"/>).</summary>
    public required string Number { get; set; }

    /// <summary>The day the document was handed in to the custodian.</summary>
    public DateOnly HandedInOn { get; set; }

    public TravelDocumentState State { get; set; } = TravelDocumentState.InCustody;

    public int RegisteredById { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token, bumped on every change.</summary>
    public int Version { get; set; }
}
