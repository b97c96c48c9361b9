using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>备案台账 /workbench/filings: the filings in the viewer's scope, filtered (year, kind, status, section, person,
/// overdue 事后报告), sorted and paged on the server; the same filter exports to /workbench/filings.xlsx.</summary>
public sealed class FilingsModel(WorkbenchRecords records, BureauClock clock) : WorkbenchPageModel(records)
{
    public FilingPage Result { get; private set; } = null!;

    public int ThisYear => clock.Today.Year;

    public IReadOnlyList<SectionChoice> Sections { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Sections = await Records.SectionsAsync(Viewer, cancellationToken);
        var filter = FilingQuery.Parse(Request.Query, clock.Today.Year);
        if (filter.SectionId is { } section && Sections.All(s => s.Id != section))
        {
            filter = filter with { SectionId = null };
        }

        Result = await Records.FilingsAsync(Viewer, filter, cancellationToken);
        return Page();
    }

    public string PageLink(int page) => FilingQuery.Link("/workbench/filings", Result.Filter with { Page = page });

    /// <summary>The column header's link: this order from the first page, with the other filters kept.</summary>
    public string SortLink(FilingSort sort) => FilingQuery.Link("/workbench/filings", Result.Filter with { Sort = sort, Page = 1 });

    public string ExportLink => FilingQuery.Link("/workbench/filings.xlsx", Result.Filter with { Page = 1 });
}
