using System.Text;
using System.Text.Json;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>节假日 /workbench/holidays, for the 廉政监督员 (anyone else gets the page's 404): a year's holidays with their
/// off days, 调休 workdays and send dates (estimated years marked, with a warning); a new year's arrangement uploaded as
/// the JSON <c>holidays --import</c> reads, validated and previewed, then stored when confirmed; and the holiday messages'
/// templates (the same data as the chat command 节日提醒模板) with a preview for the coming dates, save and restore-default.
/// Imports and template changes are in the audit trail.</summary>
public sealed class HolidaysModel(
    WorkbenchRecords records, HolidayCalendarStore calendars, HolidayTemplates templates, IOptions<HolidayOptions> options,
    IOptions<BureauOptions> bureau, BureauClock clock)
    : WorkbenchPageModel(records)
{
    public const string PagePath = "/workbench/holidays";

    private const int MaxArrangementBytes = 64 * 1024;

    /// <summary>A holiday's template, and the dates its next message fills in (for the live preview).</summary>
    public sealed record TemplateLine(string Key, string Name, string Text, bool Custom, DateOnly FirstOffDay, DateOnly LastOffDay);

    public string Bureau => bureau.Value.Name;

    public int Year { get; private set; }

    public int ThisYear => clock.Today.Year;

    public HolidayArrangement? Arrangement { get; private set; }

    public IReadOnlyList<HolidayNode> Nodes { get; private set; } = [];

    public IReadOnlyList<TemplateLine> TemplateLines { get; private set; } = [];

    /// <summary>The arrangement uploaded, as previewed: its nodes, or its problems; and its JSON for 确认导入.</summary>
    public IReadOnlyList<HolidayNode>? PreviewNodes { get; private set; }

    public HolidayArrangement? Previewed { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string? PreviewJson { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The template whose form answered (its key), with what it says back: a preview, or why it was refused.</summary>
    public string? TemplateKey { get; private set; }

    public string? TemplatePreview { get; private set; }

    public string? TemplateError { get; private set; }

    public string? TemplateDraft { get; private set; }

    public static bool MaySee(Core.Personnel.Staff viewer) => WorkbenchDirectory.MaySee(viewer);

    public Task<IActionResult> OnGetAsync(int? year, CancellationToken cancellationToken) => ShowAsync(year, cancellationToken);

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? arrangement, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (arrangement is null || arrangement.Length == 0)
        {
            Problems = [HolidaysPageTexts.NoFile];
        }
        else if (arrangement.Length > MaxArrangementBytes)
        {
            Problems = [HolidaysPageTexts.TooLarge];
        }
        else
        {
            using var reader = new StreamReader(arrangement.OpenReadStream(), Encoding.UTF8);
            await ParseAsync(await reader.ReadToEndAsync(cancellationToken), cancellationToken);
        }

        return await ShowAsync(Previewed?.Year, cancellationToken);
    }

    public async Task<IActionResult> OnPostApplyAsync(string? json, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        int? shown = null;
        if (json is null || json.Length > MaxArrangementBytes)
        {
            Problems = [HolidaysPageTexts.NoFile];
        }
        else if (await ParseAsync(json, cancellationToken) is { } parsed)
        {
            shown = parsed.Year;
            Problems = await calendars.ImportAsync(parsed, cancellationToken, Viewer.Id);
            if (Problems.Count == 0)
            {
                Message = HolidaysPageTexts.Imported(parsed.Year, parsed.Holidays.Count);
                (PreviewNodes, Previewed, PreviewJson) = (null, null, null);
            }
        }

        return await ShowAsync(shown, cancellationToken);
    }

    public async Task<IActionResult> OnPostTemplateAsync(string? key, string? text, string? act, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (key is null || !HolidayKeys.All.Contains(key))
        {
            return NotFoundInScope();
        }

        TemplateKey = key;
        TemplateDraft = text?.Trim() ?? "";
        if (act == "reset")
        {
            await templates.ResetAsync(key, Viewer, cancellationToken);
            (TemplatePreview, TemplateDraft) = (HolidaysPageTexts.WasReset, null);
        }
        else if (TemplateDraft.Length == 0)
        {
            TemplateError = HolidaysPageTexts.EmptyTemplate;
        }
        else if (TemplateDraft.Length > HolidayTemplates.MaxLength)
        {
            TemplateError = HolidaysPageTexts.TooLong(HolidayTemplates.MaxLength);
        }
        else if (HolidayTemplates.UnknownPlaceholders(TemplateDraft) is { Count: > 0 } unknown)
        {
            TemplateError = HolidaysPageTexts.UnknownPlaceholders(string.Join(" ", unknown));
        }
        else if (act == "save")
        {
            await templates.SetAsync(key, TemplateDraft, Viewer, cancellationToken);
            (TemplatePreview, TemplateDraft) = (HolidaysPageTexts.Saved, null);
        }
        else
        {
            TemplatePreview = await templates.PreviewAsync(key, TemplateDraft, clock.Today, cancellationToken);
        }

        return await ShowAsync(null, cancellationToken);
    }

    private async Task<HolidayArrangement?> ParseAsync(string json, CancellationToken cancellationToken)
    {
        IReadOnlyList<HolidayArrangement> parsed;
        try
        {
            parsed = HolidayArrangement.Parse(json);
        }
        catch (JsonException ex)
        {
            Problems = [HolidaysPageTexts.Unreadable(ex.Message)];
            return null;
        }

        if (parsed.Count != 1)
        {
            Problems = [HolidaysPageTexts.OneYear];
            return null;
        }

        if (parsed[0] is null)
        {
            Problems = [HolidaysPageTexts.Unreadable("null")];
            return null;
        }

        Previewed = parsed[0];
        Problems = Previewed.Problems();
        if (Problems.Count == 0)
        {
            PreviewNodes = await calendars.PreviewAsync(Previewed, options.Value.WorkdaysBefore, cancellationToken);
            PreviewJson = Previewed.ToJson();
        }

        return Problems.Count == 0 ? Previewed : null;
    }

    private async Task<IActionResult> ShowAsync(int? year, CancellationToken cancellationToken)
    {
        if (Viewer is null && await LoadViewerAsync(MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (NotInScope)
        {
            return Page();
        }

        Year = year is { } y && y >= ThisYear - 5 && y <= ThisYear + 5 ? y : ThisYear;
        var calendar = await calendars.LoadAsync(cancellationToken);
        Arrangement = calendar.ArrangementFor(Year);
        Nodes = calendar.NodesOf(Year, options.Value.WorkdaysBefore);
        var lines = new List<TemplateLine>();
        foreach (var key in HolidayKeys.All)
        {
            var (text, custom) = await templates.GetAsync(key, cancellationToken);
            var next = calendar.NextOf(key, clock.Today, options.Value.WorkdaysBefore); // the dates its live preview fills in
            lines.Add(new TemplateLine(key, HolidayTexts.Name(key), text, custom, next.FirstOffDay, next.LastOffDay));
        }

        TemplateLines = lines;
        return Page();
    }
}
