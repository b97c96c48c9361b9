using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>证照台账 /workbench/documents: the travel documents of the people in the viewer's scope, where each is, and
/// which are overdue. Numbers are masked here as in chat.</summary>
public sealed class DocumentsModel(WorkbenchRecords records) : WorkbenchPageModel(records)
{
    public IReadOnlyList<DocumentRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Rows = await Records.DocumentsAsync(Viewer, cancellationToken);
        return Page();
    }
}
