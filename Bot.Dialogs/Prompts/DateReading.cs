using Lianzheng.Core.Holidays;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>What <see cref="ChineseDateParser"/> read: a date (and whether it was given in the lunar calendar), or the
/// precise reason a date-like answer is impossible (2月没有30日), or neither when the text is no date at all.</summary>
public sealed record DateReading(DateOnly? Date, bool FromLunar = false, string? Problem = null)
{
    public static readonly DateReading NotADate = new((DateOnly?)null);

    public static DateReading Impossible(string problem) => new(null, false, problem);

    /// <summary>The date as the prompt echoes it: 2027年1月15日（星期五），and for a lunar answer both calendars,
    /// 2027年1月15日（星期五，农历腊月初八）.</summary>
    public string? Describe() => Date is { } date ? LunarDates.Describe(date, FromLunar) : null;
}
