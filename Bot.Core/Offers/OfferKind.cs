namespace Lianzheng.Core.Offers;

/// <summary>What was offered to a staff member and declined or handed in.</summary>
public enum OfferKind
{
    /// <summary>礼金: cash, red envelopes, shopping or prepaid cards.</summary>
    GiftMoney = 1,

    /// <summary>礼品: goods.</summary>
    Gift = 2,

    /// <summary>宴请: a banquet, entertainment or a trip.</summary>
    Banquet = 3,

    /// <summary>请托: a request to interfere with the work (说情、打招呼).</summary>
    Request = 4,
}
