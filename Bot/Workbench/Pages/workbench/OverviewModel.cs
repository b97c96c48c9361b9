using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>总览 /workbench: this year's filings in the viewer's scope, by kind and status; each count opens its list.</summary>
public sealed class OverviewModel(WorkbenchRecords records, BureauClock clock) : WorkbenchPageModel(records)
{
    public int Year => clock.Today.Year;

    public IReadOnlyList<FilingCount> Counts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Counts = await Records.FilingCountsAsync(Viewer, cancellationToken);
        return Page();
    }
}
