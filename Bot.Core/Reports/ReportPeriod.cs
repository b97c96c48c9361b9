using System.Globalization;

namespace Lianzheng.Core.Reports;

/// <summary>What a work report covers: a year, or one of its quarters. <see cref="Key"/> names it in addresses, file names
/// and the audit trail: 2026, 2026Q4.</summary>
public sealed record ReportPeriod(int Year, int? Quarter = null)
{
    public const int FirstYear = 2000, LastYear = 2100;

    public DateOnly First => new(Year, Quarter is { } q ? (q - 1) * 3 + 1 : 1, 1);

    /// <summary>The last day covered (included).</summary>
    public DateOnly Last => Quarter is not null ? First.AddMonths(3).AddDays(-1) : new DateOnly(Year, 12, 31);

    public string Key => Quarter is { } q ? $"{Year}Q{q}" : Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>A period from its <see cref="Key"/>; null for anything else.</summary>
    public static ReportPeriod? Parse(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var parts = key.Split('Q');
        if (parts.Length > 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < FirstYear or > LastYear)
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new ReportPeriod(year);
        }

        return int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) && quarter is >= 1 and <= 4
            ? new ReportPeriod(year, quarter) : null;
    }
}
