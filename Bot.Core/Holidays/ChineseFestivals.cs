using System.Globalization;

namespace Lianzheng.Core.Holidays;

/// <summary>The dates of the traditional festivals: lunar ones from <see cref="ChineseLunisolarCalendar"/>, 清明 from
/// the solar-term formula. Valid for 2001–2099 (the formula's century).</summary>
public static class ChineseFestivals
{
    /// <summary>春节: the first day of the first lunar month.</summary>
    public static DateOnly SpringFestival(int year) => FromLunar(year, 1, 1);

    /// <summary>除夕: the day before 春节 (the 29th or 30th of the twelfth month).</summary>
    public static DateOnly SpringFestivalEve(int year) => SpringFestival(year).AddDays(-1);

    /// <summary>端午: the fifth day of the fifth lunar month.</summary>
    public static DateOnly DragonBoat(int year) => FromLunar(year, 5, 5);

    /// <summary>中秋: the fifteenth day of the eighth lunar month.</summary>
    public static DateOnly MidAutumn(int year) => FromLunar(year, 8, 15);

    /// <summary>清明: the day (Beijing time) the sun reaches longitude 15°, by the 21st-century formula
    /// ⌊Y·0.2422 + 4.81⌋ − ⌊Y/4⌋ in April, Y = year − 2000.</summary>
    public static DateOnly Qingming(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 2001);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2099);
        var y = year - 2000;
        return new DateOnly(year, 4, (int)Math.Floor(y * 0.2422 + 4.81) - y / 4);
    }

    /// <summary>A date of the lunar year that begins in <paramref name="year"/>. In a year with a leap month the
    /// calendar numbers months 1–13 and every month from the leap one on moves up by one (闰六月 is index 7, the
    /// seventh month index 8), so the ordinary month's index is shifted past the leap month.</summary>
    public static DateOnly FromLunar(int year, int month, int day, bool leapMonth = false) =>
        LunarDates.ToDate(year, month, leapMonth, day)
        ?? throw new ArgumentException($"{year} has no lunar month {month}{(leapMonth ? " (leap)" : "")} with a day {day}.", nameof(leapMonth));
}
