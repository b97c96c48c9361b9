namespace Lianzheng.Core.Filings;

/// <summary>事后报告: what actually happened.</summary>
public sealed class FollowUpReport
{
    public int? ActualTables { get; set; }

    public int? ActualGuests { get; set; }

    /// <summary>For a trip: the day the traveller actually came back (the document's return deadline runs from it).</summary>
    public DateOnly? ActualReturnDate { get; set; }

    /// <summary>Asked of travellers before the custody ledger existed; kept for those reports (the custodian now confirms 交回).</summary>
    public bool? DocumentsHandedBack { get; set; }

    /// <summary>宴请范围.</summary>
    public BanquetScope? GuestScope { get; set; }

    public int? Cars { get; set; }

    /// <summary>Whether any 公车 was used.</summary>
    public bool? OfficialCars { get; set; }

    /// <summary>费用 (元).</summary>
    public int? Cost { get; set; }

    /// <summary>礼金 (元) received from 管理服务对象 or subordinates.</summary>
    public int? GiftMoney { get; set; }

    /// <summary>礼品 (件) received from 管理服务对象 or subordinates.</summary>
    public int? GiftItems { get; set; }

    /// <summary>How the gifts were handled (退还/上交/登记); null when there were none.</summary>
    public GiftHandling? GiftHandling { get; set; }

    /// <summary>有无违诺行为: true when the pledge was broken.</summary>
    public bool? PledgeBroken { get; set; }

    public string? PledgeNote { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset ReportedAt { get; set; }
}
