namespace Lianzheng.Core.Travel;

/// <summary>How a custody change went.</summary>
public enum CustodyOutcome
{
    Done = 1,

    /// <summary>The person is not the custodian (nor, when nobody holds that role, the integrity supervisor).</summary>
    NotCustodian = 2,

    NotFound = 3,

    /// <summary>The trip may not have a document drawn out (not approved, withdrawn, completed).</summary>
    TripNotDrawable = 4,

    /// <summary>The document is not in custody (already drawn out) or not the traveller's.</summary>
    DocumentUnavailable = 5,

    /// <summary>The checkout was already closed (交回 recorded).</summary>
    AlreadyReturned = 6,

    /// <summary>A document of that kind and number is already in the ledger.</summary>
    Duplicate = 7,
}
