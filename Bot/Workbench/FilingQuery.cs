using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Lianzheng.Bot.Workbench;

/// <summary>The 备案台账's filter as it travels in the address (the page, its sort links, its pages and its export read
/// and write it the same way): year (a number, or all), kind, status, section, person, overdue, sort, page. Anything
/// not understood is dropped, never an error.</summary>
public static class FilingQuery
{
    public const string AllYears = "all";

    public static FilingFilter Parse(IQueryCollection query, int currentYear)
    {
        var person = query["person"].ToString().Trim();
        return new FilingFilter(
            YearOf(query, currentYear),
            EnumOf<FilingKind>(query["kind"]),
            EnumOf<FilingStatus>(query["status"]),
            PageOf(query),
            NumberOf(query["section"]),
            person.Length is > 0 and <= FilingFilter.MaxPersonLength ? person : null,
            query["overdue"] == "1",
            EnumOf<FilingSort>(query["sort"]) ?? FilingSort.Newest);
    }

    /// <summary>The address of <paramref name="path"/> with this filter (the page left out when it is the first).</summary>
    public static string Link(string path, FilingFilter filter)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = YearText(filter.Year),
        };
        Add(query, "kind", filter.Kind?.ToString());
        Add(query, "status", filter.Status?.ToString());
        Add(query, "section", filter.SectionId?.ToString(CultureInfo.InvariantCulture));
        Add(query, "person", filter.Person);
        Add(query, "overdue", filter.OverdueReport ? "1" : null);
        Add(query, "sort", filter.Sort == FilingSort.Newest ? null : filter.Sort.ToString());
        Add(query, "page", filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>The year in the address: a year, or null for all years (<see cref="AllYears"/>); without one, this year.</summary>
    internal static int? YearOf(IQueryCollection query, int currentYear) => query["year"].ToString() switch
    {
        AllYears => null,
        var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 => y,
        _ => currentYear,
    };

    /// <summary>The page in the address, from 1 (at most <see cref="WorkbenchRecords.MaxPage"/>).</summary>
    internal static int PageOf(IQueryCollection query) =>
        int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, WorkbenchRecords.MaxPage) : 1;

    internal static int? NumberOf(StringValues value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>The address's year as written back into it.</summary>
    internal static string YearText(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? AllYears;

    internal static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (value is not null)
        {
            query[key] = value;
        }
    }

    /// <summary>One value named exactly as one of the enum's names (not a number, not "A,B", which Enum.Parse would OR
    /// into a third value nobody chose, and not a repeated parameter).</summary>
    internal static T? EnumOf<T>(StringValues value) where T : struct, Enum =>
        value.Count == 1 && Enum.GetNames<T>().Contains(value[0], StringComparer.Ordinal) ? Enum.Parse<T>(value[0]!) : null;
}
