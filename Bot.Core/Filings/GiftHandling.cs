namespace Lianzheng.Core.Filings;

/// <summary>How 礼金/礼品 from 管理服务对象 or subordinates were handled; the numbers are stored.</summary>
public enum GiftHandling
{
    /// <summary>退还.</summary>
    Returned = 1,

    /// <summary>上交.</summary>
    HandedIn = 2,

    /// <summary>登记.</summary>
    Registered = 3,
}
