using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Tests.Dialogs;

public sealed class ChineseDateParserTests
{
    /// <summary>Tuesday.</summary>
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("今天", "2026-12-01")]
    [InlineData("明天", "2026-12-02")]
    [InlineData("后天", "2026-12-03")]
    [InlineData("大后天", "2026-12-04")]
    [InlineData("下周一", "2026-12-07")]
    [InlineData("下周三", "2026-12-09")]
    [InlineData("下周日", "2026-12-13")]
    [InlineData("下星期五", "2026-12-11")]
    [InlineData("12月5日", "2026-12-05")]
    [InlineData("12月5号", "2026-12-05")]
    [InlineData("2026年12月5日", "2026-12-05")]
    [InlineData("2026-12-05", "2026-12-05")]
    [InlineData("2026/12/5", "2026-12-05")]
    [InlineData("2026.12.5", "2026-12-05")]
    [InlineData("12/5", "2026-12-05")]
    [InlineData(" 12月5日 ", "2026-12-05")]
    public void Reads_the_forms_people_write(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChineseDateParser.Parse(text, Today, DatePreference.Future));

    [Theory]
    [InlineData("1月3日", DatePreference.Future, "2027-01-03")]
    [InlineData("11月20日", DatePreference.Past, "2026-11-20")]
    [InlineData("11月20日", DatePreference.Nearest, "2026-11-20")]
    [InlineData("1月3日", DatePreference.Nearest, "2027-01-03")]
    public void Places_a_date_without_a_year_as_asked(string text, DatePreference preference, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), ChineseDateParser.Parse(text, Today, preference));

    [Theory]
    [InlineData("")]
    [InlineData("下个月")]
    [InlineData("13月5日")]
    [InlineData("2026-02-30")]
    [InlineData("2月30日")]
    [InlineData("12/45")]
    [InlineData("99999-12-01")]
    [InlineData("周八")]
    public void Refuses_what_is_not_a_date(string text) => Assert.Null(ChineseDateParser.Parse(text, Today, DatePreference.Future));
}
