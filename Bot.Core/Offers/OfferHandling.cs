namespace Lianzheng.Core.Offers;

/// <summary>How the staff member dealt with what was offered.</summary>
public enum OfferHandling
{
    /// <summary>当场拒绝: refused on the spot.</summary>
    Refused = 1,

    /// <summary>退还: given back afterwards.</summary>
    Returned = 2,

    /// <summary>上交: handed in to the bureau.</summary>
    HandedIn = 3,

    /// <summary>登记: kept on record (e.g. a token gift that could not be refused), registered with the bureau.</summary>
    Registered = 4,
}
