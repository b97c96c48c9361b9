namespace Lianzheng.Core.Travel;

/// <summary>The kinds of document for private travel abroad that the custodian keeps (证件类型).</summary>
public enum TravelDocumentType
{
    /// <summary>护照.</summary>
    Passport = 1,

    /// <summary>往来港澳通行证.</summary>
    HongKongMacaoPermit = 2,

    /// <summary>往来台湾通行证.</summary>
    TaiwanPermit = 3,
}
