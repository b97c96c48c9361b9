using System.Globalization;
using System.Text.RegularExpressions;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Reads the ways people write a date in Chinese chat: 今天、明天、后天、大后天、昨天、前天、下周五、周三、
/// 12月5日、12月5号、2026年12月5日、2026-12-05、2026/12/05、2026.12.5、12/5、12-5.</summary>
public static partial class ChineseDateParser
{
    private static readonly Dictionary<string, int> RelativeDays = new()
    {
        ["今天"] = 0, ["今日"] = 0, ["明天"] = 1, ["明日"] = 1, ["后天"] = 2, ["大后天"] = 3, ["昨天"] = -1, ["前天"] = -2,
    };

    private static readonly Dictionary<char, int> WeekdayNumbers = new()
    {
        ['一'] = 1, ['二'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['日'] = 7, ['天'] = 7,
        ['1'] = 1, ['2'] = 2, ['3'] = 3, ['4'] = 4, ['5'] = 5, ['6'] = 6, ['7'] = 7,
    };

    public static DateOnly? Parse(string text, DateOnly today, DatePreference preference = DatePreference.Nearest)
    {
        var input = Normalize(text);
        if (RelativeDays.TryGetValue(input, out var offset))
        {
            return today.AddDays(offset);
        }

        if (WeekdayPattern().Match(input) is { Success: true } weekday)
        {
            return ResolveWeekday(weekday.Groups["week"].Value, WeekdayNumbers[weekday.Groups["day"].Value[0]], today);
        }

        if (FullDatePattern().Match(input) is { Success: true } full)
        {
            return Create(Number(full, "y"), Number(full, "m"), Number(full, "d"));
        }

        if (MonthDayPattern().Match(input) is { Success: true } monthDay)
        {
            return ResolveYear(Number(monthDay, "m"), Number(monthDay, "d"), today, preference);
        }

        return null;
    }

    private static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            // Full-width digits and punctuation to ASCII.
            builder.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c switch
            {
                '／' => '/',
                '－' => '-',
                '．' => '.',
                ' ' or '　' => '\0',
                _ => c,
            });
        }

        return builder.ToString().Replace("\0", "", StringComparison.Ordinal).TrimEnd('。', '.');
    }

    private static DateOnly ResolveWeekday(string week, int day, DateOnly today)
    {
        var todayNumber = today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek;
        var monday = today.AddDays(1 - todayNumber);
        return week switch
        {
            "下下" => monday.AddDays(14 + day - 1),
            "下" => monday.AddDays(7 + day - 1),
            "上" => monday.AddDays(-7 + day - 1),
            "本" or "这" or "这个" => monday.AddDays(day - 1),
            // A bare 周五 means the coming one: this week's if not yet past, else next week's.
            _ => day >= todayNumber ? monday.AddDays(day - 1) : monday.AddDays(7 + day - 1),
        };
    }

    private static DateOnly? ResolveYear(int month, int day, DateOnly today, DatePreference preference)
    {
        if (Create(today.Year, month, day) is not { } thisYear)
        {
            // 2月29日 outside a leap year: try the neighbouring years in the preferred direction.
            return preference == DatePreference.Past ? Create(today.Year - 1, month, day) : Create(today.Year + 1, month, day);
        }

        return preference switch
        {
            DatePreference.Future when thisYear < today => Create(today.Year + 1, month, day),
            DatePreference.Past when thisYear > today => Create(today.Year - 1, month, day),
            DatePreference.Nearest => new[] { Create(today.Year - 1, month, day), thisYear, Create(today.Year + 1, month, day) }
                .OfType<DateOnly>()
                .MinBy(d => Math.Abs(d.DayNumber - today.DayNumber)),
            _ => thisYear,
        };
    }

    private static DateOnly? Create(int year, int month, int day) =>
        year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<week>下下|下|上|本|这个|这)?(?:周|星期|礼拜)(?<day>[一二三四五六日天1-7])$")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"^(?<y>\d{4})(?:年(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?|[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2}))$")]
    private static partial Regex FullDatePattern();

    [GeneratedRegex(@"^(?:(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?|(?<m>\d{1,2})[/-](?<d>\d{1,2}))$")]
    private static partial Regex MonthDayPattern();
}
