namespace Lianzheng.Core.Holidays;

/// <summary>The holidays the bureau sends an integrity message for, by the keys used in data files, configuration and
/// the <c>holidays --json</c> output.</summary>
public static class HolidayKeys
{
    public const string NewYear = "newyear";
    public const string SpringFestival = "springfestival";
    public const string Qingming = "qingming";
    public const string LabourDay = "labourday";
    public const string DragonBoat = "dragonboat";
    public const string MidAutumn = "midautumn";
    public const string NationalDay = "nationalday";

    /// <summary>In calendar order.</summary>
    public static readonly IReadOnlyList<string> All = [NewYear, SpringFestival, Qingming, LabourDay, DragonBoat, MidAutumn, NationalDay];

    /// <summary>The holiday's own date in a year (for 春节 正月初一, not 除夕).</summary>
    public static DateOnly DateIn(string key, int year) => key switch
    {
        NewYear => new DateOnly(year, 1, 1),
        SpringFestival => ChineseFestivals.SpringFestival(year),
        Qingming => ChineseFestivals.Qingming(year),
        LabourDay => new DateOnly(year, 5, 1),
        DragonBoat => ChineseFestivals.DragonBoat(year),
        MidAutumn => ChineseFestivals.MidAutumn(year),
        NationalDay => new DateOnly(year, 10, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "unknown holiday"),
    };

    /// <summary>The first statutory off day when the year's arrangement is not known: 除夕 for 春节 (the statutory four
    /// days begin on it since 2025), else the holiday itself.</summary>
    public static DateOnly StatutoryFirstDay(string key, int year) =>
        key == SpringFestival ? ChineseFestivals.SpringFestivalEve(year) : DateIn(key, year);
}
