using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Tests.Core;

/// <summary>The holiday calendar: festival dates 2024–2040, the State Council arrangements of 2025 and 2026 and the
/// working days and send dates that follow from them.</summary>
public sealed class HolidayCalendarTests
{
    /// <summary>春节, 端午, 中秋, 清明 2024–2040, from published almanacs (checked against lunar-javascript 1.7.7 and,
    /// for 2024–2026, the State Council notices).</summary>
    public static readonly TheoryData<int, string, string, string, string> KnownDates = new()
    {
        { 2024, "2024-02-10", "2024-06-10", "2024-09-17", "2024-04-04" },
        { 2025, "2025-01-29", "2025-05-31", "2025-10-06", "2025-04-04" },
        { 2026, "2026-02-17", "2026-06-19", "2026-09-25", "2026-04-05" },
        { 2027, "2027-02-06", "2027-06-09", "2027-09-15", "2027-04-05" },
        { 2028, "2028-01-26", "2028-05-28", "2028-10-03", "2028-04-04" },
        { 2029, "2029-02-13", "2029-06-16", "2029-09-22", "2029-04-04" },
        { 2030, "2030-02-03", "2030-06-05", "2030-09-12", "2030-04-05" },
        { 2031, "2031-01-23", "2031-06-24", "2031-10-01", "2031-04-05" },
        { 2032, "2032-02-11", "2032-06-12", "2032-09-19", "2032-04-04" },
        { 2033, "2033-01-31", "2033-06-01", "2033-09-08", "2033-04-04" },
        { 2034, "2034-02-19", "2034-06-20", "2034-09-27", "2034-04-05" },
        { 2035, "2035-02-08", "2035-06-10", "2035-09-16", "2035-04-05" },
        { 2036, "2036-01-28", "2036-05-30", "2036-10-04", "2036-04-04" },
        { 2037, "2037-02-15", "2037-06-18", "2037-09-24", "2037-04-04" },
        { 2038, "2038-02-04", "2038-06-07", "2038-09-13", "2038-04-05" },
        { 2039, "2039-01-24", "2039-05-27", "2039-10-02", "2039-04-05" },
        { 2040, "2040-02-12", "2040-06-14", "2040-09-20", "2040-04-04" },
    };

    private static readonly WorkCalendar Shipped = new(HolidayCalendarStore.ShippedArrangements);

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(KnownDates))]
    public void Festivals_fall_on_their_known_dates(int year, string springFestival, string dragonBoat, string midAutumn, string qingming)
    {
        Assert.Equal(D(springFestival), ChineseFestivals.SpringFestival(year));
        Assert.Equal(D(dragonBoat), ChineseFestivals.DragonBoat(year));
        Assert.Equal(D(midAutumn), ChineseFestivals.MidAutumn(year));
        Assert.Equal(D(qingming), ChineseFestivals.Qingming(year));
        var nodes = Shipped.NodesOf(year, 2).ToDictionary(n => n.Key);
        Assert.Equal(HolidayKeys.All, nodes.Keys);
        Assert.Equal(D(springFestival), nodes[HolidayKeys.SpringFestival].Date);
        Assert.Equal(new DateOnly(year, 10, 1), nodes[HolidayKeys.NationalDay].Date);
        Assert.All(nodes.Values, n => Assert.True(n.SendDate < n.FirstOffDay && Shipped.IsWorkday(n.SendDate), $"{n.Key} {year}: send {n.SendDate} before {n.FirstOffDay}"));
    }

    [Fact]
    public void A_leap_month_shifts_the_later_months_by_one()
    {
        // 2025 has 闰六月: without the shift 中秋 would come out a month early (09-06), 2028's 闰五月 moves 端午.
        Assert.Equal(new DateOnly(2025, 10, 6), ChineseFestivals.MidAutumn(2025));
        Assert.Equal(new DateOnly(2025, 7, 25), ChineseFestivals.FromLunar(2025, 6, 1, leapMonth: true));
        Assert.Equal(new DateOnly(2028, 5, 28), ChineseFestivals.DragonBoat(2028));
        Assert.Throws<ArgumentException>(() => ChineseFestivals.FromLunar(2026, 6, 1, leapMonth: true));
    }

    [Theory]
    [InlineData("2025-01-26", true)]   // Sunday, make-up workday for 春节
    [InlineData("2025-01-28", false)]  // 除夕, off
    [InlineData("2025-02-08", true)]   // Saturday, make-up workday
    [InlineData("2025-10-08", false)]  // 国庆+中秋, Wednesday off
    [InlineData("2025-10-11", true)]   // Saturday, make-up workday
    [InlineData("2026-01-04", true)]   // Sunday, make-up workday for 元旦
    [InlineData("2026-02-14", true)]
    [InlineData("2026-02-23", false)]  // Monday, 初七, off
    [InlineData("2026-04-06", false)]  // 清明 Monday off
    [InlineData("2026-05-09", true)]
    [InlineData("2026-09-20", true)]
    [InlineData("2026-10-07", false)]
    [InlineData("2026-10-10", true)]
    [InlineData("2026-11-28", false)]  // an ordinary Saturday
    [InlineData("2026-11-30", true)]   // an ordinary Monday
    [InlineData("2027-10-01", false)]  // not yet published: the statutory days are taken as off
    [InlineData("2027-02-05", false)]
    public void Working_days_follow_the_arrangement(string day, bool worked) => Assert.Equal(worked, Shipped.IsWorkday(D(day)));

    [Fact]
    public void Send_dates_of_2026_are_two_working_days_before_the_first_off_day()
    {
        var nodes = Shipped.NodesOf(2026, 2).ToDictionary(n => n.Key, n => (n.SendDate, n.FirstOffDay, n.LastOffDay, n.Official));
        Assert.Equal((D("2025-12-30"), D("2026-01-01"), D("2026-01-03"), true), nodes[HolidayKeys.NewYear]);
        Assert.Equal((D("2026-02-13"), D("2026-02-15"), D("2026-02-23"), true), nodes[HolidayKeys.SpringFestival]); // 02-14 is a make-up Saturday
        Assert.Equal((D("2026-04-02"), D("2026-04-04"), D("2026-04-06"), true), nodes[HolidayKeys.Qingming]);    // starts on a Saturday
        Assert.Equal((D("2026-04-29"), D("2026-05-01"), D("2026-05-05"), true), nodes[HolidayKeys.LabourDay]);
        Assert.Equal((D("2026-06-17"), D("2026-06-19"), D("2026-06-21"), true), nodes[HolidayKeys.DragonBoat]);
        Assert.Equal((D("2026-09-23"), D("2026-09-25"), D("2026-09-27"), true), nodes[HolidayKeys.MidAutumn]);
        Assert.Equal((D("2026-09-29"), D("2026-10-01"), D("2026-10-07"), true), nodes[HolidayKeys.NationalDay]);
    }

    [Fact]
    public void In_2025_spring_festival_is_announced_on_a_make_up_sunday_and_national_day_and_mid_autumn_go_together()
    {
        var nodes = Shipped.NodesOf(2025, 2).ToDictionary(n => n.Key);
        Assert.Equal(D("2025-01-26"), nodes[HolidayKeys.SpringFestival].SendDate);
        Assert.Equal(DayOfWeek.Sunday, nodes[HolidayKeys.SpringFestival].SendDate.DayOfWeek);
        Assert.Equal(nodes[HolidayKeys.NationalDay].FirstOffDay, nodes[HolidayKeys.MidAutumn].FirstOffDay);
        Assert.Equal([HolidayKeys.MidAutumn], nodes[HolidayKeys.NationalDay].TakenWith);
        Assert.Equal(D("2025-09-29"), nodes[HolidayKeys.MidAutumn].SendDate);
    }

    [Fact]
    public void An_unpublished_year_is_estimated_from_the_statutory_days_and_the_adjacent_weekend()
    {
        var nodes = Shipped.NodesOf(2027, 2).ToDictionary(n => n.Key);
        Assert.All(nodes.Values, n => Assert.False(n.Official));
        Assert.Equal((D("2027-02-05"), D("2027-02-08")), (nodes[HolidayKeys.SpringFestival].FirstOffDay, nodes[HolidayKeys.SpringFestival].LastOffDay));
        Assert.Equal((D("2027-04-03"), D("2027-04-05")), (nodes[HolidayKeys.Qingming].FirstOffDay, nodes[HolidayKeys.Qingming].LastOffDay));
        Assert.Equal(D("2027-04-01"), nodes[HolidayKeys.Qingming].SendDate);
    }

    [Fact]
    public void An_imported_arrangement_replaces_the_estimate_and_a_bad_one_is_refused_with_reasons()
    {
        var published = new HolidayArrangement(2027, "test notice",
            [new ArrangedHoliday([HolidayKeys.SpringFestival], D("2027-02-05"), D("2027-02-13"), [D("2027-02-14")])]);
        Assert.Empty(published.Problems());
        var calendar = new WorkCalendar([.. HolidayCalendarStore.ShippedArrangements, published]);
        Assert.False(calendar.IsWorkday(D("2027-02-10")));
        Assert.True(calendar.IsWorkday(D("2027-02-14")));
        Assert.True(calendar.NodesOf(2027, 2).Single(n => n.Key == HolidayKeys.SpringFestival).Official);

        var bad = new HolidayArrangement(2027, "typo", [new ArrangedHoliday(["chunjie"], D("2027-02-13"), D("2027-02-05"), [])]);
        var problems = bad.Problems();
        Assert.Contains(problems, p => p.Contains("不认识的节日 chunjie", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("放假日期不对", StringComparison.Ordinal));
    }
}
