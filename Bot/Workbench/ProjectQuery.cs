using System.Globalization;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.WebUtilities;

namespace Lianzheng.Bot.Workbench;

/// <summary>The 审计项目 list's filter in the address: year of 进场 (a number, or all) and page.</summary>
public static class ProjectQuery
{
    public static ProjectFilter Parse(IQueryCollection query, int currentYear) => new(FilingQuery.YearOf(query, currentYear), FilingQuery.PageOf(query));

    public static string Link(string path, ProjectFilter filter)
    {
        var query = new Dictionary<string, string?> { ["year"] = FilingQuery.YearText(filter.Year) };
        FilingQuery.Add(query, "page", filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString(path, query);
    }
}
