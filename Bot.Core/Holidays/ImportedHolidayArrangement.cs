namespace Lianzheng.Core.Holidays;

/// <summary>A year's holiday arrangement imported by a supervisor; it takes the place of the shipped one for that year.</summary>
public sealed class ImportedHolidayArrangement
{
    public int Year { get; set; }

    /// <summary>The arrangement as JSON (the format of the shipped holiday-arrangements.json).</summary>
    public required string Json { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}
