using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>总览 /workbench: what needs attention (待审核, overdue 事后报告, documents not back) and this year's filings
/// in the viewer's scope, by kind and status; the talk matrix in figures; the current audit projects; each figure opens
/// its list.</summary>
public sealed class OverviewModel(WorkbenchRecords records, WorkbenchTalks talks, WorkbenchProjects projects, BureauClock clock)
    : WorkbenchPageModel(records)
{
    public int Year => clock.Today.Year;

    public IReadOnlyList<FilingCount> Counts { get; private set; } = [];

    public OverviewAlerts Alerts { get; private set; } = null!;

    /// <summary>This year's talk matrix in the viewer's scope (empty for whoever does not see the talk pages).</summary>
    public IReadOnlyList<TalkCell> Talks { get; private set; } = [];

    /// <summary>The audit projects in the viewer's scope on site or to come.</summary>
    public IReadOnlyList<ProjectRow> Projects { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Counts = await Records.FilingCountsAsync(Viewer, cancellationToken);
        Alerts = await Records.AlertsAsync(Viewer, cancellationToken);
        Talks = await talks.MatrixAsync(Viewer, cancellationToken);
        Projects = await projects.CurrentAsync(Viewer, cancellationToken);
        return Page();
    }
}
