namespace Lianzheng.Core.Travel;

/// <summary>One line of the 证照台账: a document, its holder's name and, while drawn out, its open checkout and the day it
/// is due back (null while the actual return is not reported).</summary>
public sealed record CustodyLedgerEntry(TravelDocument Document, string HolderName, DocumentCheckout? Checkout, DateOnly? DueOn)
{
    public bool IsOverdue(DateOnly today) => Checkout is not null && DueOn is { } due && today > due;
}
