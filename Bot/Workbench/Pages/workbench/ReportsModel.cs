using Lianzheng.Bot.Reports;
using Lianzheng.Core.Reports;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>报告 /workbench/reports: the 党风廉政建设工作情况报告 of a year or a quarter — its figures on the page, and as
/// a Word document and an Excel workbook to download (each download in the audit trail). For those who see the whole
/// bureau (the 廉政监督员, the 党组书记, the 派驻纪检监察组); anyone else gets the page's 404.</summary>
public sealed class ReportsModel(WorkbenchRecords records, WorkReportBuilder builder, WorkReportFiles files, BureauClock clock) : WorkbenchPageModel(records)
{
    public ReportPeriod Period { get; private set; } = null!;

    public WorkReport Report { get; private set; } = null!;

    public IReadOnlyList<ReportSection> Sections { get; private set; } = [];

    public int ThisYear => clock.Today.Year;

    public static bool MaySee(Core.Personnel.Staff viewer) => WorkbenchRecords.ScopeOf(viewer) == WorkbenchScope.Bureau;

    public async Task<IActionResult> OnGetAsync(int? year, int? quarter, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        Period = ReportPeriod.Parse(PeriodKey(year, quarter)) ?? new ReportPeriod(ThisYear);
        Report = await builder.BuildAsync(Period, cancellationToken);
        Sections = WorkReportSections.Of(Report, clock);
        return Page();
    }

    public async Task<IActionResult> OnGetDownloadAsync(string? period, string? format, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (ReportPeriod.Parse(period) is not { } chosen || format is not (WorkReportFiles.WordExtension or WorkReportFiles.ExcelExtension))
        {
            return NotFoundInScope();
        }

        // A download writes the audit trail, so another site must not make the browser fetch one (an image pointing here,
        // sent with the Teams tab's SameSite=None cookie): browsers say where a request comes from in Sec-Fetch-Site.
        if (Request.Headers["Sec-Fetch-Site"] == "cross-site")
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var (bytes, contentType, name) = await files.DownloadAsync(Viewer.Id, "workbench", chosen, format, cancellationToken);
        return File(bytes, contentType, name);
    }

    public string DownloadLink(string format) => $"/workbench/reports?handler=download&period={Period.Key}&format={format}";

    private static string? PeriodKey(int? year, int? quarter) =>
        year is null ? null : quarter is >= 1 and <= 4 ? $"{year}Q{quarter}" : $"{year}";
}
