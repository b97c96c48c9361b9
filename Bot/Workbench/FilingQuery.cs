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
        var year = query["year"].ToString() switch
        {
            AllYears => (int?)null,
            var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 => y,
            _ => currentYear,
        };
        var person = query["person"].ToString().Trim();
        return new FilingFilter(
            year,
            EnumOf<FilingKind>(query["kind"]),
            EnumOf<FilingStatus>(query["status"]),
            int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, WorkbenchRecords.MaxPage) : 1,
            int.TryParse(query["section"], NumberStyles.None, CultureInfo.InvariantCulture, out var section) ? section : null,
            person.Length is > 0 and <= FilingFilter.MaxPersonLength ? person : null,
            query["overdue"] == "1",
            EnumOf<FilingSort>(query["sort"]) ?? FilingSort.Newest);
    }

    /// <summary>The address of <paramref name="path"/> with this filter (the page left out when it is the first).</summary>
    public static string Link(string path, FilingFilter filter)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = filter.Year?.ToString(CultureInfo.InvariantCulture) ?? AllYears,
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

    private static void Add(Dictionary<string, string?> query, string key, string? value)
    {
        if (value is not null)
        {
            query[key] = value;
        }
    }

    private static T? EnumOf<T>(StringValues value) where T : struct, Enum =>
        Enum.TryParse<T>(value.ToString(), ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
}
