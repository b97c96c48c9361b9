using System.Globalization;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Tests.Dialogs.Prompts;

public sealed class ChineseDateParserTests
{
    /// <summary>Tuesday; in the lunar calendar 十月廿三 of 2026.</summary>
    private static readonly DateOnly Today = new(2026, 12, 1);

    private static readonly ChineseLunisolarCalendar Lunar = new();

    [Theory]
    [InlineData("今天", "2026-12-01")]
    [InlineData("明天", "2026-12-02")]
    [InlineData("后天", "2026-12-03")]
    [InlineData("大后天", "2026-12-04")]
    [InlineData("明天上午", "2026-12-02")]
    [InlineData("3天后", "2026-12-04")]
    [InlineData("三天后", "2026-12-04")]
    [InlineData("10天以后", "2026-12-11")]
    [InlineData("过两天", "2026-12-03")]
    [InlineData("一周后", "2026-12-08")]
    [InlineData("两周之后", "2026-12-15")]
    [InlineData("一个月后", "2027-01-01")]
    [InlineData("半个月后", "2026-12-16")]
    [InlineData("周三", "2026-12-02")]
    [InlineData("周一", "2026-12-07")]
    [InlineData("本周五", "2026-12-04")]
    [InlineData("这周五", "2026-12-04")]
    [InlineData("这个星期六", "2026-12-05")]
    [InlineData("下周一", "2026-12-07")]
    [InlineData("下周三", "2026-12-09")]
    [InlineData("下周日", "2026-12-13")]
    [InlineData("下星期五", "2026-12-11")]
    [InlineData("下个礼拜天", "2026-12-13")]
    [InlineData("下下周一", "2026-12-14")]
    [InlineData("下周五下午3点", "2026-12-11")]
    [InlineData("12月5日", "2026-12-05")]
    [InlineData("12月5号", "2026-12-05")]
    [InlineData("十二月五日", "2026-12-05")]
    [InlineData("十二月五号", "2026-12-05")]
    [InlineData("十二月三十一日", "2026-12-31")]
    [InlineData("一月十日", "2027-01-10")]
    [InlineData("明年1月10日", "2027-01-10")]
    [InlineData("今年12月20日", "2026-12-20")]
    [InlineData("2026年12月5日", "2026-12-05")]
    [InlineData("27年1月10日", "2027-01-10")]
    [InlineData("二〇二七年一月十日", "2027-01-10")]
    [InlineData("二零二七年一月十日", "2027-01-10")]
    [InlineData("２０２７年１月１０日", "2027-01-10")]
    [InlineData("2026-12-05", "2026-12-05")]
    [InlineData("2026/12/5", "2026-12-05")]
    [InlineData("2026.12.5", "2026-12-05")]
    [InlineData("2027.1.10", "2027-01-10")]
    [InlineData("20270110", "2027-01-10")]
    [InlineData("12/5", "2026-12-05")]
    [InlineData("1.10", "2027-01-10")]
    [InlineData("1-10", "2027-01-10")]
    [InlineData(" 12月5日 ", "2026-12-05")]
    [InlineData("12月5日。", "2026-12-05")]
    [InlineData("12月5日（周六）", "2026-12-05")]
    [InlineData("12月5日 星期六", "2026-12-05")]
    [InlineData("12月5日上午10点", "2026-12-05")]
    [InlineData("12/5 10:00", "2026-12-05")]
    [InlineData("定在12月5日", "2026-12-05")]
    [InlineData("大概12月5号吧", "2026-12-05")]
    [InlineData("12月5日左右", "2026-12-05")]
    [InlineData("下个月3号", "2027-01-03")]
    [InlineData("下月3日", "2027-01-03")]
    [InlineData("本月15号", "2026-12-15")]
    [InlineData("这个月15日", "2026-12-15")]
    [InlineData("下下个月1号", "2027-02-01")]
    [InlineData("15号", "2026-12-15")]
    [InlineData("30日", "2026-12-30")]
    [InlineData("月底", "2026-12-31")]
    [InlineData("下个月底", "2027-01-31")]
    [InlineData("年底", "2026-12-31")]
    [InlineData("明年年底", "2027-12-31")]
    [InlineData("元旦", "2027-01-01")]
    [InlineData("国庆节", "2027-10-01")]
    [InlineData("明年五一", "2027-05-01")]
    [InlineData("十二月十五", "2026-12-15")]
    [InlineData("1月十五", "2027-01-15")]
    [InlineData("明天周三", "2026-12-02")]
    public void Reads_the_forms_people_write(string text, string expected)
    {
        var reading = ChineseDateParser.Read(text, Today, DatePreference.Future);

        Assert.Equal(Date(expected), reading.Date);
        Assert.False(reading.FromLunar);
    }

    [Theory]
    [InlineData("1月3日", DatePreference.Future, "2027-01-03")]
    [InlineData("11月20日", DatePreference.Future, "2027-11-20")]
    [InlineData("11月20日", DatePreference.Past, "2026-11-20")]
    [InlineData("11月20日", DatePreference.Nearest, "2026-11-20")]
    [InlineData("1月3日", DatePreference.Nearest, "2027-01-03")]
    [InlineData("1月3日", DatePreference.Past, "2026-01-03")]
    [InlineData("3天前", DatePreference.Past, "2026-11-28")]
    [InlineData("上周五", DatePreference.Past, "2026-11-27")]
    [InlineData("上个月3号", DatePreference.Past, "2026-11-03")]
    [InlineData("20号", DatePreference.Past, "2026-11-20")]
    [InlineData("月底", DatePreference.Past, "2026-11-30")]
    [InlineData("2月29日", DatePreference.Future, "2028-02-29")]
    [InlineData("2月29日", DatePreference.Past, "2024-02-29")]
    [InlineData("国庆", DatePreference.Past, "2026-10-01")]
    [InlineData("周五", DatePreference.Past, "2026-11-27")]
    [InlineData("周二", DatePreference.Past, "2026-12-01")]
    [InlineData("周五", DatePreference.Future, "2026-12-04")]
    public void Places_a_date_without_a_year_as_asked(string text, DatePreference preference, string expected) =>
        Assert.Equal(Date(expected), ChineseDateParser.Parse(text, Today, preference));

    [Theory]
    [InlineData("腊月初八", DatePreference.Future, "2027-01-15")]
    [InlineData("农历腊月初八", DatePreference.Future, "2027-01-15")]
    [InlineData("农历十二月初八", DatePreference.Future, "2027-01-15")]
    [InlineData("阴历腊月初八", DatePreference.Future, "2027-01-15")]
    [InlineData("腊八", DatePreference.Future, "2027-01-15")]
    [InlineData("正月十五", DatePreference.Future, "2027-02-20")]
    [InlineData("元宵节", DatePreference.Future, "2027-02-20")]
    [InlineData("正月初六", DatePreference.Future, "2027-02-11")]
    [InlineData("农历正月初六上午", DatePreference.Future, "2027-02-11")]
    [InlineData("春节", DatePreference.Future, "2027-02-06")]
    [InlineData("春节期间", DatePreference.Future, "2027-02-06")]
    [InlineData("大年初一", DatePreference.Future, "2027-02-06")]
    // 2026's 腊月 has 29 days: 除夕 is 腊月廿九.
    [InlineData("除夕", DatePreference.Future, "2027-02-05")]
    [InlineData("腊月廿三", DatePreference.Future, "2027-01-30")]
    [InlineData("腊月二十三", DatePreference.Future, "2027-01-30")]
    [InlineData("冬月初一", DatePreference.Future, "2026-12-09")]
    [InlineData("中秋节", DatePreference.Future, "2027-09-15")]
    [InlineData("端午", DatePreference.Future, "2027-06-09")]
    // Today is 十月廿三: the coming 十月初一 is next year's, the last one was three weeks ago.
    [InlineData("十月初一", DatePreference.Future, "2027-10-29")]
    [InlineData("十月初一", DatePreference.Past, "2026-11-09")]
    [InlineData("十月初一", DatePreference.Nearest, "2026-11-09")]
    [InlineData("腊月初八", DatePreference.Past, "2026-01-26")]
    [InlineData("农历2027年正月初一", DatePreference.Future, "2027-02-06")]
    [InlineData("明年春节", DatePreference.Future, "2027-02-06")]
    // 2025 had a leap sixth month; 2028 has a leap fifth month.
    [InlineData("闰六月初一", DatePreference.Past, "2025-07-25")]
    [InlineData("闰五月初一", DatePreference.Future, "2028-06-23")]
    public void Reads_the_lunar_calendar(string text, DatePreference preference, string expected)
    {
        var reading = ChineseDateParser.Read(text, Today, preference);

        Assert.Equal(Date(expected), reading.Date);
        Assert.True(reading.FromLunar);
    }

    /// <summary>Every lunar date a year has, written as people write it, resolves to what .NET's lunisolar calendar says.</summary>
    [Fact]
    public void Lunar_dates_agree_with_the_lunisolar_calendar()
    {
        string[] months = ["正月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "冬月", "腊月"];
        string[] days = ["初一", "初二", "初三", "初四", "初五", "初六", "初七", "初八", "初九", "初十", "十一", "十二", "十三", "十四", "十五",
            "十六", "十七", "十八", "十九", "二十", "廿一", "廿二", "廿三", "廿四", "廿五", "廿六", "廿七", "廿八", "廿九", "三十"];
        var checkedDates = 0;
        for (var month = 1; month <= 12; month++)
        {
            // 2027 has no leap month, so its months are in their plain places.
            for (var day = 1; day <= Lunar.GetDaysInMonth(2027, month); day++)
            {
                var expected = DateOnly.FromDateTime(Lunar.ToDateTime(2027, month, day, 0, 0, 0, 0));
                var reading = ChineseDateParser.Read($"农历2027年{months[month - 1]}{days[day - 1]}", Today, DatePreference.Future);
                Assert.Equal(expected, reading.Date);
                Assert.EndsWith($"农历{months[month - 1]}{days[day - 1]}）", reading.Describe(), StringComparison.Ordinal);
                checkedDates++;
            }
        }

        Assert.InRange(checkedDates, 353, 355);
    }

    [Theory]
    [InlineData("腊月初八", DatePreference.Future, "2027年1月15日（星期五，农历腊月初八）")]
    [InlineData("春节", DatePreference.Future, "2027年2月6日（星期六，农历正月初一）")]
    [InlineData("闰六月初一", DatePreference.Past, "2025年7月25日（星期五，农历闰六月初一）")]
    [InlineData("1月15日", DatePreference.Future, "2027年1月15日（星期五）")]
    [InlineData("明天", DatePreference.Future, "2026年12月2日（星期三）")]
    public void Describes_the_date_with_its_weekday_and_both_calendars_for_a_lunar_answer(string text, DatePreference preference, string expected) =>
        Assert.Equal(expected, ChineseDateParser.Read(text, Today, preference).Describe());

    /// <summary>今年/明年 before a lunar date counts lunar years: on 2027-01-10 it is still 腊月 of lunar 2026.</summary>
    [Theory]
    [InlineData("今年腊月初八", "2027-01-15")]
    [InlineData("今年腊八", "2027-01-15")]
    [InlineData("明年腊月初八", "2028-01-04")]
    public void A_year_before_a_lunar_date_is_a_lunar_year(string text, string expected) =>
        Assert.Equal(Date(expected), ChineseDateParser.Read(text, new DateOnly(2027, 1, 10), DatePreference.Future).Date);

    [Theory]
    [InlineData("2月30日", "2月没有30日")]
    [InlineData("4月31日", "4月没有31日")]
    [InlineData("2026-02-30", "2026年2月没有30日")]
    [InlineData("2026年2月29日", "2026年2月没有29日（2026年不是闰年）")]
    [InlineData("下下个月30号", "2027年2月没有30日")]
    [InlineData("13月5日", "没有13月")]
    [InlineData("12/45", "一个月最多31日，没有45日")]
    [InlineData("12月5日（周五）", "2026年12月5日是星期六，不是周五，请核对")]
    [InlineData("腊月三十", "农历2026年的腊月只有二十九天，没有腊月三十")]
    [InlineData("农历2027年闰六月初一", "农历2027年没有闰六月")]
    [InlineData("下个月", "请说明具体是哪一天")]
    [InlineData("明年", "请说明具体是哪一天")]
    public void Says_precisely_why_a_date_is_impossible(string text, string problem)
    {
        var reading = ChineseDateParser.Read(text, Today, DatePreference.Future);

        Assert.Null(reading.Date);
        Assert.Equal(problem, reading.Problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("不知道")]
    [InlineData("99999-12-01")]
    [InlineData("周八")]
    [InlineData("下午")]
    [InlineData("3天")]
    [InlineData("十来天")]
    [InlineData("锦江大酒店")]
    public void Refuses_what_is_not_a_date(string text)
    {
        var reading = ChineseDateParser.Read(text, Today, DatePreference.Future);

        Assert.Null(reading.Date);
        Assert.Null(reading.Problem);
    }

    private static DateOnly Date(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
