using Lianzheng.Core.Holidays;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>总览 /workbench: what needs attention (待审核, overdue 事后报告, documents not back) and this year's filings
/// in the viewer's scope, by kind and status; the talk matrix in figures; the current audit projects; each figure opens
/// its list.</summary>
public sealed class OverviewModel(
    WorkbenchRecords records, WorkbenchTalks talks, WorkbenchProjects projects, HolidayCalendarStore calendars, BureauClock clock)
    : WorkbenchPageModel(records)
{
    /// <summary>The month from which the supervisor is reminded that next year's holiday arrangement is not imported: the
    /// State Council publishes it in November or December.</summary>
    public const int ArrangementReminderMonth = 11;

    /// <summary>Next year, when its arrangement is not imported and the supervisor should import it; else null.</summary>
    public int? MissingArrangementYear { get; private set; }

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
        if (HolidaysModel.MaySee(Viewer) && clock.Today.Month >= ArrangementReminderMonth
            && (await calendars.LoadAsync(cancellationToken)).ArrangementFor(Year + 1) is null)
        {
            MissingArrangementYear = Year + 1;
        }

        return Page();
    }
}
