using System.Globalization;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.WebUtilities;

namespace Lianzheng.Bot.Workbench;

/// <summary>The talk list's filter as it travels in the address (the page, its pages and its export read and write it
/// the same way): year (a number, or all), leader, kind, page; read as <see cref="FilingQuery"/> reads its own.</summary>
public static class TalkQuery
{
    public static TalkFilter Parse(IQueryCollection query, int currentYear) =>
        new(FilingQuery.YearOf(query, currentYear), FilingQuery.NumberOf(query["leader"]), FilingQuery.EnumOf<TalkKind>(query["kind"]), FilingQuery.PageOf(query));

    /// <summary>The address of <paramref name="path"/> with this filter (the page left out when it is the first).</summary>
    public static string Link(string path, TalkFilter filter)
    {
        var query = new Dictionary<string, string?> { ["year"] = FilingQuery.YearText(filter.Year) };
        FilingQuery.Add(query, "leader", filter.LeaderId?.ToString(CultureInfo.InvariantCulture));
        FilingQuery.Add(query, "kind", filter.Kind?.ToString());
        FilingQuery.Add(query, "page", filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString(path, query);
    }
}
