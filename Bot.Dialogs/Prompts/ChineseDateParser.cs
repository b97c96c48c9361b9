using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lianzheng.Core.Holidays;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Reads the ways people write a date in Chinese chat, resolved against today in the bureau's time zone:
/// 今天、明天、大后天、3天后、两周后、一个月后; 周五、本周五、下下周一; 下个月3号、15号、月底、下个月底、年底;
/// 12月5日、十二月五日、明年1月10日、二〇二七年一月十日、2027-1-10、2027.1.10、1.10、12/5、20270110; the lunar
/// calendar (腊月初八、农历十二月初八、正月十五、闰六月初一) and the festivals (春节、除夕、元宵、端午、中秋、元旦、国庆).
/// Words around the date (定在…、大概…吧、…上午10点、…（周六）) are let go; a weekday that contradicts the date is
/// queried. A date written without its year is placed by <see cref="DatePreference"/>.</summary>
/// <remarks>Ours, not Microsoft.Recognizers.Text's DateTime model: that package is not served here (see the guide), and
/// the lunar calendar, which people use for weddings, it does not read at all.</remarks>
public static partial class ChineseDateParser
{
    private static readonly Dictionary<string, int> RelativeDays = new()
    {
        ["今天"] = 0, ["今日"] = 0, ["当天"] = 0, ["明天"] = 1, ["明日"] = 1, ["后天"] = 2, ["大后天"] = 3,
        ["昨天"] = -1, ["昨日"] = -1, ["前天"] = -2, ["大前天"] = -3,
    };

    private static readonly Dictionary<string, int> RelativeYears = new()
    {
        ["今年"] = 0, ["明年"] = 1, ["后年"] = 2, ["去年"] = -1, ["前年"] = -2,
    };

    private static readonly Dictionary<string, int> RelativeMonths = new()
    {
        ["本"] = 0, ["这"] = 0, ["这个"] = 0, ["下"] = 1, ["下个"] = 1, ["下下"] = 2, ["下下个"] = 2, ["上"] = -1, ["上个"] = -1,
    };

    /// <summary>Festivals: the lunar ones by their lunar date (除夕 is the day before 正月初一, whether 腊月 has 29 or 30 days).</summary>
    private static readonly Dictionary<string, (bool Lunar, int Month, int Day, int Offset)> Festivals = new()
    {
        ["元旦"] = (false, 1, 1, 0), ["劳动节"] = (false, 5, 1, 0), ["五一"] = (false, 5, 1, 0),
        ["国庆"] = (false, 10, 1, 0), ["国庆节"] = (false, 10, 1, 0),
        ["春节"] = (true, 1, 1, 0), ["大年初一"] = (true, 1, 1, 0), ["除夕"] = (true, 1, 1, -1), ["大年三十"] = (true, 1, 1, -1),
        ["元宵"] = (true, 1, 15, 0), ["元宵节"] = (true, 1, 15, 0), ["端午"] = (true, 5, 5, 0), ["端午节"] = (true, 5, 5, 0),
        ["七夕"] = (true, 7, 7, 0), ["中秋"] = (true, 8, 15, 0), ["中秋节"] = (true, 8, 15, 0),
        ["重阳"] = (true, 9, 9, 0), ["重阳节"] = (true, 9, 9, 0), ["腊八"] = (true, 12, 8, 0), ["腊八节"] = (true, 12, 8, 0),
    };

    private static readonly Dictionary<char, int> WeekdayNumbers = new()
    {
        ['一'] = 1, ['二'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['日'] = 7, ['天'] = 7,
        ['1'] = 1, ['2'] = 2, ['3'] = 3, ['4'] = 4, ['5'] = 5, ['6'] = 6, ['7'] = 7,
    };

    private static readonly Dictionary<char, int> Digits = new()
    {
        ['〇'] = 0, ['零'] = 0, ['○'] = 0, ['Ｏ'] = 0, ['一'] = 1, ['二'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5,
        ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    public static DateOnly? Parse(string text, DateOnly today, DatePreference preference = DatePreference.Nearest) =>
        Read(text, today, preference).Date;

    public static DateReading Read(string text, DateOnly today, DatePreference preference = DatePreference.Nearest)
    {
        var input = Normalize(text);
        input = TimeOfDay().Replace(input, "").TrimEnd();
        var stated = StatedWeekday().Match(input);
        if (stated.Success)
        {
            input = input[..stated.Index];
        }

        input = TimeOfDay().Replace(input, "").Replace(" ", "", StringComparison.Ordinal);
        var reading = ReadDate(input, today, preference);
        if (reading == DateReading.NotADate && Filler().Match(input) is { Success: true } filler && filler.Length < input.Length)
        {
            reading = ReadDate(input[filler.Length..], today, preference);
        }

        if (reading.Date is { } date && stated.Success
            && WeekdayNumbers[stated.Groups["day"].Value[0]] % 7 != (int)date.DayOfWeek)
        {
            return DateReading.Impossible(PromptTexts.WeekdayMismatch(
                Core.Texts.DomainNames.Date(date), LunarDates.Weekday(date), stated.Groups["word"].Value + stated.Groups["day"].Value));
        }

        return reading;
    }

    private static DateReading ReadDate(string input, DateOnly today, DatePreference preference)
    {
        if (input.Length == 0)
        {
            return DateReading.NotADate;
        }

        if (RelativeDays.TryGetValue(input, out var offset))
        {
            return new DateReading(today.AddDays(offset));
        }

        if (FestivalPattern().Match(input) is { Success: true } festival && Festivals.TryGetValue(festival.Groups["name"].Value, out var day))
        {
            var year = day.Lunar ? LunarYear(festival, today) : RelativeYear(festival, today);
            return day.Lunar
                ? Lunar(day.Month, false, day.Day, year, today, preference, day.Offset)
                : Gregorian(year, day.Month, day.Day, today, preference);
        }

        if (AfterPattern().Match(input) is { Success: true } after && (after.Groups["pass"].Success || after.Groups["dir"].Success))
        {
            return new DateReading(Shift(today, after));
        }

        if (WeekdayPattern().Match(input) is { Success: true } weekday)
        {
            return new DateReading(ResolveWeekday(weekday.Groups["week"].Value, WeekdayNumbers[weekday.Groups["day"].Value[0]], today, preference));
        }

        if (MonthEndPattern().Match(input) is { Success: true } monthEnd)
        {
            return new DateReading(MonthEnd(monthEnd, today, preference));
        }

        if (RelativeMonthPattern().Match(input) is { Success: true } relativeMonth)
        {
            var month = today.AddDays(1 - today.Day).AddMonths(RelativeMonths[relativeMonth.Groups["rel"].Value]);
            return Gregorian(month.Year, month.Month, Number(relativeMonth, "d"), today, preference);
        }

        var lunar = LunarPattern().Match(input);
        if (lunar.Success && IsLunar(lunar))
        {
            var month = LunarMonth(lunar.Groups["m"].Value);
            var lunarDay = LunarDay(lunar.Groups["d"].Value);
            return month is null || lunarDay is null
                ? DateReading.NotADate
                : Lunar(month.Value, lunar.Groups["leap"].Success, lunarDay.Value, LunarYear(lunar, today), today, preference, 0);
        }

        if (MonthDayPattern().Match(input) is { Success: true } monthDay)
        {
            return Gregorian(RelativeYear(monthDay, today), Number(monthDay, "m"), Number(monthDay, "d"), today, preference);
        }

        // 十二月十五: an ordinary date whose day is written in Chinese numerals without 日 (no 农历, 初 or lunar month name).
        if (lunar.Success && !lunar.Groups["leap"].Success && ChineseNumerals.Parse(lunar.Groups["d"].Value) is { } chineseDay
            && int.TryParse(lunar.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var digitsMonth))
        {
            return Gregorian(RelativeYear(lunar, today), digitsMonth, chineseDay, today, preference);
        }

        if (DayOnlyPattern().Match(input) is { Success: true } dayOnly)
        {
            return DayOfMonth(Number(dayOnly, "d"), today, preference);
        }

        return VaguePattern().IsMatch(input) ? DateReading.Impossible(PromptTexts.WhichDay) : DateReading.NotADate;
    }

    /// <summary>Full-width digits and punctuation to ASCII, runs of spaces as one, no closing punctuation or particles, and Chinese
    /// numerals before a date unit turned into digits (二〇二七年 → 2027年, 十二月五日 → 12月5日, 三天后 → 3天后).</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                // Kept as one space until the time and weekday are let go: 12/5 10:00 is not 12/510:00.
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }

                continue;
            }

            builder.Append(c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c switch
            {
                '／' => '/',
                '－' or '—' => '-',
                '．' or '。' when builder.Length > 0 && char.IsAsciiDigit(builder[^1]) => '.',
                '（' => '(',
                '）' => ')',
                '：' => ':',
                _ => c,
            });
        }

        var input = Closing().Replace(builder.ToString(), "");
        input = ChineseYear().Replace(input, m => string.Concat(m.Groups["n"].Value.Select(c => (char)('0' + Digits[c]))));
        return ChineseNumber().Replace(input, m => ChineseNumerals.Parse(m.Groups["n"].Value) is { } n
            ? n.ToString(CultureInfo.InvariantCulture)
            : m.Value);
    }

    private static int? RelativeYear(Match match, DateOnly today)
    {
        if (match.Groups["yrel"].Success)
        {
            return today.Year + RelativeYears[match.Groups["yrel"].Value];
        }

        if (!match.Groups["y"].Success)
        {
            return null;
        }

        var year = Number(match, "y");
        return match.Groups["y"].Value.Length == 2 ? 2000 + year : year;
    }

    /// <summary>The lunar year a lunar date names: 今年腊月 is this lunar year's (on 2027-01-10 still lunar 2026), a
    /// written year is the lunar year of that number.</summary>
    private static int? LunarYear(Match match, DateOnly today) =>
        match.Groups["yrel"].Success && today >= LunarDates.MinSupported && today <= LunarDates.MaxSupported
            ? LunarDates.LunarYear(today) + RelativeYears[match.Groups["yrel"].Value]
            : RelativeYear(match, today);

    private static DateOnly Shift(DateOnly today, Match match)
    {
        var count = match.Groups["half"].Success ? 0 : Number(match, "n");
        var sign = match.Groups["dir"].Value.StartsWith('前') ? -1 : 1;
        return match.Groups["unit"].Value switch
        {
            _ when match.Groups["half"].Success => today.AddDays(sign * 15),
            "天" or "日" => today.AddDays(sign * count),
            "个月" => today.AddMonths(sign * count),
            "年" => today.AddYears(sign * count),
            _ => today.AddDays(sign * count * 7),
        };
    }

    private static DateOnly ResolveWeekday(string week, int day, DateOnly today, DatePreference preference)
    {
        var todayNumber = today.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)today.DayOfWeek;
        var monday = today.AddDays(1 - todayNumber);
        return week switch
        {
            "下下" or "下下个" => monday.AddDays(14 + day - 1),
            "下" or "下个" => monday.AddDays(7 + day - 1),
            "上" or "上个" => monday.AddDays(-7 + day - 1),
            "本" or "这" or "这个" => monday.AddDays(day - 1),
            // A bare 周五 means the coming one (this week's if not yet past, else next week's) — or, asked about what
            // happened, the last one.
            _ when preference == DatePreference.Past => day <= todayNumber ? monday.AddDays(day - 1) : monday.AddDays(-7 + day - 1),
            _ => day >= todayNumber ? monday.AddDays(day - 1) : monday.AddDays(7 + day - 1),
        };
    }

    private static DateOnly MonthEnd(Match match, DateOnly today, DatePreference preference)
    {
        if (match.Groups["year"].Success)
        {
            var year = match.Groups["yrel"].Success ? today.Year + RelativeYears[match.Groups["yrel"].Value] : today.Year;
            return new DateOnly(year, 12, 31);
        }

        var first = today.AddDays(1 - today.Day);
        var month = match.Groups["rel"].Success ? first.AddMonths(RelativeMonths[match.Groups["rel"].Value]) : first;
        var end = month.AddMonths(1).AddDays(-1);
        // 月底 said on the last day looking back means last month's end only when asked about the past.
        return !match.Groups["rel"].Success && preference == DatePreference.Past && end > today ? first.AddDays(-1) : end;
    }

    private static DateReading DayOfMonth(int day, DateOnly today, DatePreference preference)
    {
        if (day is < 1 or > 31)
        {
            return DateReading.Impossible(PromptTexts.NoSuchDay(day));
        }

        var first = today.AddDays(1 - today.Day);
        var candidates = new[] { first.AddMonths(-1), first, first.AddMonths(1), first.AddMonths(2) }
            .Where(m => day <= DateTime.DaysInMonth(m.Year, m.Month))
            .Select(m => m.AddDays(day - 1))
            .ToList();
        return Pick(candidates, today, preference) is { } date
            ? new DateReading(date)
            : DateReading.Impossible(PromptTexts.NoSuchDate(first.Month, day, null));
    }

    private static DateReading Gregorian(int? year, int month, int day, DateOnly today, DatePreference preference)
    {
        if (month is < 1 or > 12)
        {
            return DateReading.Impossible(PromptTexts.NoSuchMonth(month));
        }

        if (day is < 1 or > 31)
        {
            return DateReading.Impossible(PromptTexts.NoSuchDay(day));
        }

        if (year is { } given)
        {
            return given is < 1900 or > 2200
                ? DateReading.NotADate
                : day > DateTime.DaysInMonth(given, month)
                    ? DateReading.Impossible(PromptTexts.NoSuchDate(month, day, given))
                    : new DateReading(new DateOnly(given, month, day));
        }

        if (day > DateTime.DaysInMonth(2000, month))
        {
            return DateReading.Impossible(PromptTexts.NoSuchDate(month, day, null));
        }

        // 2月29日 only in a leap year: look as far as the next (or last) one.
        var candidates = Enumerable.Range(today.Year - 4, 9)
            .Where(y => day <= DateTime.DaysInMonth(y, month))
            .Select(y => new DateOnly(y, month, day))
            .ToList();
        return new DateReading(Pick(candidates, today, preference));
    }

    private static DateReading Lunar(int month, bool leap, int day, int? year, DateOnly today, DatePreference preference, int offset)
    {
        if (today < LunarDates.MinSupported || today > LunarDates.MaxSupported)
        {
            return DateReading.NotADate;
        }

        var thisYear = LunarDates.LunarYear(today);
        // A leap month comes once in several years: look further for it.
        int[] years = year is { } given ? [given] : [.. Enumerable.Range(thisYear - (leap ? 20 : 1), leap ? 41 : 3)];
        // Each year's month, with the day as if the month were long enough, so that 腊月三十 in a year whose 腊月 has
        // 29 days is placed like any other date and then found not to exist.
        var candidates = years
            .Select(y => (Year: y, Start: LunarDates.ToDate(y, month, leap, 1)))
            .Where(c => c.Start is not null)
            .Select(c => (c.Year, Placed: c.Start!.Value.AddDays(day - 1 + offset), Real: LunarDates.ToDate(c.Year, month, leap, day)?.AddDays(offset)))
            .ToList();
        var chosen = year is null ? Pick(candidates, c => c.Placed, today, preference) : candidates.FirstOrDefault();
        if (chosen.Placed == default)
        {
            var name = LunarDates.MonthName(month, leap);
            return DateReading.Impossible(year is { } y ? PromptTexts.NoLeapMonth(y, name) : PromptTexts.NoLeapMonthNearby(name));
        }

        return chosen.Real is { } date
            ? new DateReading(date, FromLunar: true)
            : DateReading.Impossible(PromptTexts.ShortLunarMonth(chosen.Year, LunarDates.MonthName(month, leap), LunarDates.DayName(day)));
    }

    private static DateOnly? Pick(IReadOnlyList<DateOnly> candidates, DateOnly today, DatePreference preference) =>
        Pick(candidates.Select(d => (DateOnly?)d).ToList(), d => d!.Value, today, preference);

    /// <summary>The candidate the preference points at: the first from today on, the last up to today, or the nearest.</summary>
    private static T? Pick<T>(IReadOnlyList<T> candidates, Func<T, DateOnly> dateOf, DateOnly today, DatePreference preference) => preference switch
    {
        DatePreference.Future => candidates.Where(c => dateOf(c) >= today).OrderBy(dateOf).FirstOrDefault(),
        DatePreference.Past => candidates.Where(c => dateOf(c) <= today).OrderBy(dateOf).LastOrDefault(),
        _ => candidates.Count == 0 ? default : candidates.MinBy(c => Math.Abs(dateOf(c).DayNumber - today.DayNumber)),
    };

    /// <summary>A month-and-day answer is lunar when it says so (农历), names a lunar month (正月、冬月、腊月) or a lunar day (初八、廿三).</summary>
    private static bool IsLunar(Match match) =>
        match.Groups["cal"].Success || match.Groups["m"].Value is "正" or "冬" or "腊" || match.Groups["d"].Value[0] is '初' or '廿' or '卅';

    private static int? LunarMonth(string text) => text switch
    {
        "正" => 1,
        "冬" => 11,
        "腊" => 12,
        _ => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : ChineseNumerals.Parse(text),
    } is { } month and >= 1 and <= 12 ? month : null;

    private static int? LunarDay(string text)
    {
        var day = text[0] switch
        {
            '初' => ChineseNumerals.Parse(text[1..]),
            '廿' => text.Length == 1 ? 20 : 20 + ChineseNumerals.Parse(text[1..]),
            '卅' => 30,
            _ => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : ChineseNumerals.Parse(text),
        };
        return day is >= 1 and <= 30 ? day : null;
    }

    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private const string YearPrefix = @"(?:(?<yrel>今年|明年|后年|去年|前年)|(?<y>\d{4}|\d{2})年)?";

    /// <summary>This, next, the one after, last: 本月、下个月、下下周、上个星期.</summary>
    private const string Near = "下下个|下下|下个|下|上个|上|本|这个|这";

    private const string LunarCalendar = "(?<cal>农历|阴历|旧历)?";

    private const string LunarMonthWord = @"(?<leap>闰)?(?<m>正|冬|腊|\d{1,2}|[一二三四五六七八九十]{1,2})月";

    private const string LunarDayWord = @"(?<d>初[一二三四五六七八九十]|廿[一二三四五六七八九]?|卅|\d{1,2}|[一二三四五六七八九十]{1,3})[日号]?";

    [GeneratedRegex(@"[。.！!？?，,~～、]+$|(?<=.)(?:吧|啊|呀|哦|左右|前后)+$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"(?<n>[〇零○Ｏ一二三四五六七八九]{4}|[〇零○一二三四五六七八九]{2})(?=年)")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"(?<![初廿卅期拜周])(?<n>[零一二两三四五六七八九十百]+)(?=个?月|[日号天年]|周|个?星期|个?礼拜)")]
    private static partial Regex ChineseNumber();

    [GeneratedRegex(@"^(?:大概|大约|预计|预定|定于|定在|暂定|准备|打算|计划|应该是|就是|日期是|时间是|是|在|于|约|初定)")]
    private static partial Regex Filler();

    [GeneratedRegex(@"(?<=[日号天\d一二三四五六七八九十)] ?)(?:(?:上午|下午|中午|晚上|早上|傍晚|凌晨|早晨|晚)(?:\d{1,2}(?::\d{2}|点(?:半|\d{1,2}分?)?))?|\d{1,2}(?::\d{2}|点(?:半|\d{1,2}分?)?))$")]
    private static partial Regex TimeOfDay();

    [GeneratedRegex(@"(?<=[日号天\d初一二三四五六七八九十廿卅] ?)\(?(?<word>周|星期|礼拜)(?<day>[一二三四五六日天1-7])\)?$")]
    private static partial Regex StatedWeekday();

    [GeneratedRegex("^" + YearPrefix + @"(?<name>[\u4e00-\u9fff]{2,4}?)(?:当天|那天|期间|节当天)?$")]
    private static partial Regex FestivalPattern();

    [GeneratedRegex(@"^(?<pass>过)?(?:(?<n>\d{1,3})(?<unit>天|日|周|个星期|星期|个礼拜|礼拜|个月|年)|(?<half>半个月))(?<dir>后|以后|之后|前|以前|之前)?$")]
    private static partial Regex AfterPattern();

    [GeneratedRegex(@"^(?<week>" + Near + ")?(?:周|星期|礼拜)(?<day>[一二三四五六日天1-7])$")]
    private static partial Regex WeekdayPattern();

    [GeneratedRegex(@"^(?:(?<year>(?:(?<yrel>今年|明年|去年)年?|年)(?:底|末))|(?<rel>" + Near + ")?月(?:底|末))$")]
    private static partial Regex MonthEndPattern();

    [GeneratedRegex(@"^(?<rel>" + Near + @")月(?<d>\d{1,2})[日号]?$")]
    private static partial Regex RelativeMonthPattern();

    [GeneratedRegex("^" + LunarCalendar + YearPrefix + LunarCalendar + LunarMonthWord + LunarDayWord + "$")]
    private static partial Regex LunarPattern();

    [GeneratedRegex("^" + YearPrefix + @"(?<m>\d{1,2})月(?<d>\d{1,2})[日号]?$|^(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})$"
        + @"|^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$|^(?<m>\d{1,2})[-/.](?<d>\d{1,2})$")]
    private static partial Regex MonthDayPattern();

    [GeneratedRegex(@"^(?<d>\d{1,2})[日号]$")]
    private static partial Regex DayOnlyPattern();

    [GeneratedRegex("^(?:(?:" + Near + ")(?:月|周|星期|个星期|礼拜)|" + YearPrefix + @"\d{1,2}月份?|(?<yrel>今年|明年|去年))$")]
    private static partial Regex VaguePattern();
}
