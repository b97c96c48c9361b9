using Lianzheng.Core.Filings;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/filings/{id}: one filing with its reviews and its history from the audit trail. Outside the
/// viewer's scope it is a 404, the same as a filing that does not exist.</summary>
public sealed class FilingDetailModel(WorkbenchRecords records, BureauClock clock) : WorkbenchPageModel(records)
{
    public Filing Filing { get; private set; } = null!;

    public IReadOnlyList<FilingHistoryLine> History { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (await Records.FilingAsync(Viewer, id, cancellationToken) is not { } filing)
        {
            return NotFoundInScope();
        }

        Filing = filing;
        History = await Records.HistoryAsync(id, cancellationToken);
        return Page();
    }

    public string Local(DateTimeOffset at) => WorkbenchTexts.Local(at, clock.TimeZone);
}
