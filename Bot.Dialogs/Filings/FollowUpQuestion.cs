namespace Lianzheng.Dialogs.Filings;

/// <summary>The questions of a 事后报告, in the order they are asked.</summary>
internal enum FollowUpQuestion
{
    ActualTables,
    ActualGuests,
    GuestScope,
    Cars,
    OfficialCars,
    Cost,
    GiftMoney,
    GiftItems,
    GiftHandling,
    PledgeBroken,
    PledgeNote,
    ActualReturn,
    Note,
}
