namespace Lianzheng.Scheduler.Holidays;

/// <summary>What the holiday messages add to their template.</summary>
internal static class HolidayMessageTexts
{
    public const string OffDays = "放假时间";
}
