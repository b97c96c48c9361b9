namespace Lianzheng.Core.Holidays;

/// <summary>A holiday of one year as the bureau plans around it: its date, its off days (official when the year's
/// arrangement is known, else estimated from the statutory days and an adjacent weekend), the make-up workdays and the
/// day its integrity message goes out.</summary>
public sealed record HolidayNode(
    string Key,
    string Name,
    DateOnly Date,
    DateOnly FirstOffDay,
    DateOnly LastOffDay,
    bool Official,
    IReadOnlyList<DateOnly> Workdays,
    IReadOnlyList<string> TakenWith,
    DateOnly SendDate);
