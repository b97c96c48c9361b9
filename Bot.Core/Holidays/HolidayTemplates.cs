using System.Text.RegularExpressions;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Holidays;

/// <summary>The text of each holiday's integrity message: the one a supervisor set in chat, else the one in
/// configuration (Holidays:Templates:&lt;key&gt;), else the built-in one; and how it reads once filled in.</summary>
public sealed partial class HolidayTemplates(
    LianzhengDbContext db, HolidayCalendarStore calendars, AuditTrail audit, IOptions<HolidayOptions> options, IOptions<BureauOptions> bureau, BureauClock clock)
{
    public const string SetAction = "holiday.template-set", ResetAction = "holiday.template-reset", EntityType = "HolidayTemplate";

    public const int MaxLength = 1000;
    private static readonly string[] Known = ["{holiday}", "{firstOffDay}", "{lastOffDay}", "{bureau}"];

    public async Task<(string Text, bool Custom)> GetAsync(string key, CancellationToken cancellationToken)
    {
        var saved = await db.HolidayTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        return saved is not null
            ? (saved.Text, true)
            : (options.Value.Templates.GetValueOrDefault(key) ?? HolidayTexts.DefaultTemplate(key), false);
    }

    /// <summary>The text for holidays taken together (<paramref name="keys"/> in date order): the first one's own text
    /// when a supervisor or the configuration set one, else the built-in message with the lines of each holiday.</summary>
    public async Task<string> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var (text, custom) = await GetAsync(keys[0], cancellationToken);
        return custom || options.Value.Templates.ContainsKey(keys[0]) ? text : HolidayTexts.DefaultTemplate([.. keys]);
    }

    /// <summary>Placeholders in the text that the message does not know (a typo such as {holliday}).</summary>
    public static IReadOnlyList<string> UnknownPlaceholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Where(p => !Known.Contains(p)).Distinct()];

    /// <summary>Saves the supervisor's text for the holiday, with an audit entry (from chat or the 工作台 alike).</summary>
    public async Task SetAsync(string key, string text, Staff by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var row = await db.HolidayTemplates.FirstOrDefaultAsync(t => t.Key == key, cancellationToken);
        if (row is null)
        {
            row = new HolidayTemplate { Key = key, Text = text };
            db.HolidayTemplates.Add(row);
        }

        row.Text = text;
        row.UpdatedById = by.Id;
        row.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(by.Id, SetAction, EntityType, key, new { text }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Back to the configured or built-in text, with an audit entry.</summary>
    public async Task ResetAsync(string key, Staff by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        await db.HolidayTemplates.Where(t => t.Key == key).ExecuteDeleteAsync(cancellationToken);
        await audit.AppendAsync(by.Id, ResetAction, EntityType, key, new { }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The text as the holiday's next message would read it: filled in with the off days of its next occurrence
    /// from <paramref name="today"/> (this year's, or next year's once this year's is over).</summary>
    public async Task<string> PreviewAsync(string key, string text, DateOnly today, CancellationToken cancellationToken)
    {
        var node = (await calendars.LoadAsync(cancellationToken)).NextOf(key, today, options.Value.WorkdaysBefore);
        return Fill(text, HolidayTexts.Name(key), node.FirstOffDay, node.LastOffDay);
    }

    public string Fill(string template, string holidayName, DateOnly firstOffDay, DateOnly lastOffDay) => template
        .Replace("{holiday}", holidayName, StringComparison.Ordinal)
        .Replace("{firstOffDay}", DomainNames.Date(firstOffDay), StringComparison.Ordinal)
        .Replace("{lastOffDay}", DomainNames.Date(lastOffDay), StringComparison.Ordinal)
        .Replace("{bureau}", bureau.Value.Name, StringComparison.Ordinal);

    [GeneratedRegex(@"\{[^{}\s]{1,30}\}")]
    private static partial Regex Placeholder();
}
