namespace Lianzheng.Core.Travel;

public enum TravelDocumentState
{
    /// <summary>在柜: held by the custodian.</summary>
    InCustody = 1,

    /// <summary>已领取: drawn out for a trip, not yet handed back.</summary>
    DrawnOut = 2,
}
