namespace Lianzheng.Core.Workbench;

/// <summary>How the 工作台's lists page and bound a year, in one place.</summary>
internal static class Paging
{
    /// <summary>How many pages <paramref name="total"/> rows fill (at least one, empty).</summary>
    public static int Pages(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The page asked for, within the pages there are.</summary>
    public static int Within(int page, int total, int pageSize) => Math.Clamp(page, 1, Pages(total, pageSize));

    /// <summary>The first day of the year and of the next: a date d is in the year when From ≤ d &lt; To.</summary>
    public static (DateOnly From, DateOnly To) Year(int year) => (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
}
