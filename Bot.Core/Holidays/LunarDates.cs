using System.Globalization;
using Lianzheng.Core.Texts;

namespace Lianzheng.Core.Holidays;

/// <summary>The Chinese lunar calendar as people write it (正月…冬月、腊月, 初一…廿九、三十, 闰六月), over .NET's
/// <see cref="ChineseLunisolarCalendar"/> (1901–2100): a month's place in a lunar year depends on that year's leap month.</summary>
public static class LunarDates
{
    private static readonly ChineseLunisolarCalendar Calendar = new();

    private static readonly string[] MonthNames = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"];

    private static readonly string[] Weekdays = ["星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"];

    private static readonly string[] Tens = ["初", "十", "廿", "三"];

    private static readonly string[] Units = ["十", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static DateOnly MinSupported => DateOnly.FromDateTime(Calendar.MinSupportedDateTime.AddYears(1));

    public static DateOnly MaxSupported => DateOnly.FromDateTime(Calendar.MaxSupportedDateTime.AddYears(-1));

    public static string Weekday(DateOnly date) => Weekdays[(int)date.DayOfWeek];

    public static string Describe(DateOnly date, bool withLunar) =>
        withLunar && date >= MinSupported && date <= MaxSupported
            ? $"{DomainNames.Date(date)}（{Weekday(date)}，农历{Name(date)}）"
            : $"{DomainNames.Date(date)}（{Weekday(date)}）";

    /// <summary>The lunar year a date falls in (the year that began at the Spring Festival before it).</summary>
    public static int LunarYear(DateOnly date) => Calendar.GetYear(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>腊月初八, 闰六月十五.</summary>
    public static string Name(DateOnly date)
    {
        var moment = date.ToDateTime(TimeOnly.MinValue);
        var year = Calendar.GetYear(moment);
        var (month, leap) = MonthOf(year, Calendar.GetMonth(moment));
        return (leap ? "闰" : "") + MonthNames[month - 1] + DayName(Calendar.GetDayOfMonth(moment));
    }

    public static string MonthName(int month, bool leap) => (leap ? "闰" : "") + MonthNames[month - 1];

    /// <summary>初八, 十五, 二十, 廿三, 三十.</summary>
    public static string DayName(int day) => day switch
    {
        10 => "初十",
        20 => "二十",
        30 => "三十",
        _ => Tens[day / 10] + Units[day % 10],
    };

    public static int DaysIn(int lunarYear, int month, bool leap) =>
        Index(lunarYear, month, leap) is { } index ? Calendar.GetDaysInMonth(lunarYear, index) : 0;

    /// <summary>The Gregorian date of a lunar one, or null when that year has no such month or day.</summary>
    public static DateOnly? ToDate(int lunarYear, int month, bool leap, int day)
    {
        if (lunarYear < Calendar.MinSupportedDateTime.Year || lunarYear >= Calendar.MaxSupportedDateTime.Year
            || Index(lunarYear, month, leap) is not { } index || day < 1 || day > Calendar.GetDaysInMonth(lunarYear, index))
        {
            return null;
        }

        return DateOnly.FromDateTime(Calendar.ToDateTime(lunarYear, index, day, 0, 0, 0, 0));
    }

    /// <summary>The place of a month in its lunar year: after a leap month every month moves up by one.</summary>
    private static int? Index(int lunarYear, int month, bool leap)
    {
        var leapIndex = Calendar.GetLeapMonth(lunarYear);
        if (leap)
        {
            return leapIndex == month + 1 ? leapIndex : null;
        }

        return leapIndex > 0 && month >= leapIndex ? month + 1 : month;
    }

    private static (int Month, bool Leap) MonthOf(int lunarYear, int index)
    {
        var leapIndex = Calendar.GetLeapMonth(lunarYear);
        return leapIndex > 0 && index >= leapIndex ? (index - 1, index == leapIndex) : (index, false);
    }
}
