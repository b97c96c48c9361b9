using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>证照台账 /workbench/documents: the travel documents of the people in the viewer's scope, where each is, and
/// which are overdue (?overdue=1: only those). Numbers are masked here as in chat; the same rows export to
/// /workbench/documents.xlsx.</summary>
public sealed class DocumentsModel(WorkbenchRecords records) : WorkbenchPageModel(records)
{
    public IReadOnlyList<DocumentRow> Rows { get; private set; } = [];

    /// <summary>Only the documents drawn out and not back by their date.</summary>
    public bool OverdueOnly { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? overdue, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        OverdueOnly = overdue == "1";
        var rows = await Records.DocumentsAsync(Viewer, cancellationToken);
        Rows = OverdueOnly ? [.. rows.Where(r => r.Overdue)] : rows;
        return Page();
    }
}
