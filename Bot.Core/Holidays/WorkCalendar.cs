namespace Lianzheng.Core.Holidays;

/// <summary>Which days are worked: Monday to Friday, except the off days of the State Council's arrangement, plus its
/// make-up weekend workdays (调休). For a year whose arrangement is not published the statutory holidays are off.</summary>
public sealed class WorkCalendar
{
    private readonly Dictionary<int, HolidayArrangement> _arrangements;
    private readonly HashSet<DateOnly> _offDays = [];
    private readonly HashSet<DateOnly> _workdays = [];
    private readonly Dictionary<int, HashSet<DateOnly>> _statutoryGuesses = [];

    public WorkCalendar(IEnumerable<HolidayArrangement> arrangements)
    {
        // A later entry for the same year (an import) replaces an earlier one (the shipped file).
        _arrangements = [];
        foreach (var arrangement in arrangements)
        {
            _arrangements[arrangement.Year] = arrangement;
        }

        foreach (var holiday in _arrangements.Values.SelectMany(a => a.Holidays))
        {
            for (var day = holiday.FirstOffDay; day <= holiday.LastOffDay; day = day.AddDays(1))
            {
                _offDays.Add(day);
            }

            _workdays.UnionWith(holiday.Workdays ?? []);
        }
    }

    public HolidayArrangement? ArrangementFor(int year) => _arrangements.GetValueOrDefault(year);

    public IEnumerable<int> KnownYears => _arrangements.Keys.Order();

    public bool IsWorkday(DateOnly day)
    {
        if (_offDays.Contains(day))
        {
            return false;
        }

        if (_workdays.Contains(day))
        {
            return true;
        }

        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        return _arrangements.ContainsKey(day.Year) || !StatutoryGuess(day.Year).Contains(day);
    }

    /// <summary>The <paramref name="count"/>-th working day before <paramref name="day"/> (count 0: the day itself if
    /// it is worked, else the last working day before it).</summary>
    public DateOnly WorkdaysBefore(DateOnly day, int count)
    {
        var current = day;
        if (count == 0)
        {
            while (!IsWorkday(current))
            {
                current = current.AddDays(-1);
            }

            return current;
        }

        for (var found = 0; found < count;)
        {
            current = current.AddDays(-1);
            if (IsWorkday(current))
            {
                found++;
            }
        }

        return current;
    }

    /// <summary>The holiday's next occurrence from <paramref name="today"/>: this year's while its off days are not over,
    /// else next year's (and, as an arrangement may put off days a year either side, the earliest when both are over).</summary>
    public HolidayNode NextOf(string key, DateOnly today, int workdaysBefore) =>
        new[] { today.Year, today.Year + 1 }.SelectMany(y => NodesOf(y, workdaysBefore))
            .Where(n => n.Key == key).OrderBy(n => n.LastOffDay < today).ThenBy(n => n.FirstOffDay).First();

    /// <summary>The year's holidays in calendar order, each sent <paramref name="workdaysBefore"/> working days before
    /// its first off day.</summary>
    public IReadOnlyList<HolidayNode> NodesOf(int year, int workdaysBefore)
    {
        var arrangement = ArrangementFor(year);
        var nodes = new List<HolidayNode>();
        foreach (var key in HolidayKeys.All)
        {
            var date = HolidayKeys.DateIn(key, year);
            var name = HolidayTexts.Name(key);
            if (arrangement?.Holidays.FirstOrDefault(h => h.Keys.Contains(key)) is { } arranged)
            {
                nodes.Add(new HolidayNode(key, name, date, arranged.FirstOffDay, arranged.LastOffDay, true, arranged.Workdays ?? [],
                    [.. arranged.Keys.Where(k => k != key)], WorkdaysBefore(arranged.FirstOffDay, workdaysBefore)));
                continue;
            }

            var (first, last) = Estimate(key, year);
            nodes.Add(new HolidayNode(key, name, date, first, last, false, [], [], WorkdaysBefore(first, workdaysBefore)));
        }

        // Holidays estimated into one stretch (中秋 inside 国庆) are taken together.
        return [.. nodes.Select(n => n.Official ? n : n with
        {
            TakenWith = [.. nodes.Where(o => !o.Official && o.Key != n.Key && o.FirstOffDay <= n.LastOffDay && n.FirstOffDay <= o.LastOffDay).Select(o => o.Key)],
        })];
    }

    /// <summary>Statutory days of a holiday, stretched over the weekend days next to them.</summary>
    private static (DateOnly First, DateOnly Last) Estimate(string key, int year)
    {
        var first = HolidayKeys.StatutoryFirstDay(key, year);
        var last = first.AddDays(StatutoryDays(key) - 1);
        while (first.AddDays(-1).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            first = first.AddDays(-1);
        }

        while (last.AddDays(1).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            last = last.AddDays(1);
        }

        return (first, last);
    }

    /// <summary>Statutory off days since the 2024 revision: 春节 4 (from 除夕), 劳动节 2, 国庆 3, the others 1.</summary>
    private static int StatutoryDays(string key) => key switch
    {
        HolidayKeys.SpringFestival => 4,
        HolidayKeys.LabourDay => 2,
        HolidayKeys.NationalDay => 3,
        _ => 1,
    };

    private HashSet<DateOnly> StatutoryGuess(int year)
    {
        lock (_statutoryGuesses)
        {
            if (!_statutoryGuesses.TryGetValue(year, out var days))
            {
                days = [.. HolidayKeys.All.SelectMany(key =>
                    Enumerable.Range(0, StatutoryDays(key)).Select(i => HolidayKeys.StatutoryFirstDay(key, year).AddDays(i)))];
                _statutoryGuesses[year] = days;
            }

            return days;
        }
    }
}
