using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>总览 /workbench: what needs attention (待审核, overdue 事后报告, documents not back) and this year's filings
/// in the viewer's scope, by kind and status; each figure opens its list.</summary>
public sealed class OverviewModel(WorkbenchRecords records, BureauClock clock) : WorkbenchPageModel(records)
{
    public int Year => clock.Today.Year;

    public IReadOnlyList<FilingCount> Counts { get; private set; } = [];

    public OverviewAlerts Alerts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Counts = await Records.FilingCountsAsync(Viewer, cancellationToken);
        Alerts = await Records.AlertsAsync(Viewer, cancellationToken);
        return Page();
    }
}
