using System.Globalization;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.WebUtilities;

namespace Lianzheng.Bot.Workbench;

/// <summary>The audit log's search as it travels in the address: actor (a name), action, kind (of record), record (its
/// number), from, to (yyyy-MM-dd), page. Anything not understood is dropped, never an error.</summary>
public static class AuditQuery
{
    private const int MaxText = 64;

    public static AuditFilter Parse(IQueryCollection query) => new(
        TextOf(query["actor"]),
        AuditTrailTexts.Actions.Any(a => a.Code == query["action"]) ? query["action"].ToString() : null,
        AuditTrailTexts.RecordKinds.Any(k => k.Type == query["kind"]) ? query["kind"].ToString() : null,
        TextOf(query["record"]),
        DateOf(query["from"]),
        DateOf(query["to"]),
        FilingQuery.PageOf(query));

    /// <summary>The address of <paramref name="path"/> with this search (the page left out when it is the first).</summary>
    public static string Link(string path, AuditFilter filter)
    {
        var query = new Dictionary<string, string?>();
        FilingQuery.Add(query, "actor", filter.Actor);
        FilingQuery.Add(query, "action", filter.Action);
        FilingQuery.Add(query, "kind", filter.EntityType);
        FilingQuery.Add(query, "record", filter.EntityId);
        FilingQuery.Add(query, "from", DateText(filter.From));
        FilingQuery.Add(query, "to", DateText(filter.To));
        FilingQuery.Add(query, "page", filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        return QueryHelpers.AddQueryString(path, query);
    }

    /// <summary>A date as the date input writes it.</summary>
    public static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? TextOf(Microsoft.Extensions.Primitives.StringValues value)
    {
        var text = value.ToString().Trim();
        return text.Length is > 0 and <= MaxText ? text : null;
    }

    /// <summary>A date the trail can hold (2000–2100); an earlier or later one would not even convert to the bureau's time.</summary>
    private static DateOnly? DateOf(Microsoft.Extensions.Primitives.StringValues value) =>
        DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100 ? date : null;
}
