using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/documents.xlsx: the 证照台账 rows the page shows (numbers masked as there), within the viewer's scope.</summary>
public sealed class DocumentsExportModel(WorkbenchRecords records, BureauClock clock, ExportWriter writer) : WorkbenchPageModel(records)
{
    public async Task<IActionResult> OnGetAsync(string? overdue, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        var rows = await Records.DocumentsAsync(Viewer, cancellationToken);
        var overdueOnly = overdue == "1";
        var conditions = new List<string>();
        if (overdueOnly)
        {
            conditions.Add(WorkbenchTexts.Condition(WorkbenchTexts.Where, WorkbenchTexts.Overdue));
        }

        conditions.Add(WorkbenchTexts.Scope(Scope));
        conditions.Add(WorkbenchTexts.Condition(WorkbenchTexts.Exporter, Viewer.Name));
        var sheet = new ExportSheet(WorkbenchTexts.Documents, conditions, clock.UtcNow, WorkbenchTexts.DocumentColumns,
            rows.Where(r => !overdueOnly || r.Overdue).Select(r => (IReadOnlyList<object?>)
            [
                r.Holder, r.Section, DomainNames.Of(r.Type), r.MaskedNumber,
                WorkbenchTexts.DocumentWhere(r.State, r.Overdue),
                r.DrawnOn, r.DueOn, r.ReturnedOn,
            ]));
        return await writer.DownloadAsync(sheet, WorkbenchTexts.Documents, cancellationToken);
    }
}
