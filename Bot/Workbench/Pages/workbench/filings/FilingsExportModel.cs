using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/filings.xlsx: the 备案台账 with the page's filters and order, every matching row (not one page),
/// within the viewer's scope; the filters, the scope and who exported it when are written above the headers.</summary>
public sealed class FilingsExportModel(WorkbenchRecords records, BureauClock clock, ExportWriter writer) : WorkbenchPageModel(records)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        var sections = await Records.SectionsAsync(Viewer, cancellationToken);
        var filter = FilingQuery.Parse(Request.Query, clock.Today.Year);
        var section = sections.FirstOrDefault(s => s.Id == filter.SectionId);
        filter = filter with { SectionId = section?.Id };
        var rows = await Records.AllFilingsAsync(Viewer, filter, cancellationToken);
        var sheet = new ExportSheet(WorkbenchTexts.Filings, WorkbenchTexts.FilingConditions(filter, section?.Name, Scope, Viewer.Name), clock.UtcNow,
            WorkbenchTexts.FilingColumns,
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Id, r.Filer, r.Section, DomainNames.Of(r.Kind), DomainNames.Of(r.Subject), r.EventDate, r.EndDate, r.Place, r.Tables, r.Guests,
                DomainNames.Of(r.Status), WorkbenchTexts.Flag(r.IsLate), WorkbenchTexts.Flag(r.OverScale), WorkbenchTexts.Report(r.Reported, r.ReportOverdue),
                r.CreatedAt,
            ]));
        return await writer.DownloadAsync(sheet, WorkbenchTexts.Filings, cancellationToken);
    }
}
