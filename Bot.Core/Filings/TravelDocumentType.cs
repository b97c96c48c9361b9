namespace Lianzheng.Core.Filings;

/// <summary>证件类型 of a trip abroad; the numbers are stored.</summary>
public enum TravelDocumentType
{
    /// <summary>护照.</summary>
    Passport = 1,

    /// <summary>往来港澳通行证.</summary>
    HongKongMacauPermit = 2,

    /// <summary>往来台湾通行证.</summary>
    TaiwanPermit = 3,
}
