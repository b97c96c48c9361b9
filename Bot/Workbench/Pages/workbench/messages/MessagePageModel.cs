using Lianzheng.Core.Personnel;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>A page of 廉政提醒: for the viewers who see the whole bureau (anyone else gets the 404 of a record outside his
/// scope); of them only the 廉政监督员 acts (sends, reminds, resends) — another's request to act is refused with a 403.</summary>
public abstract class MessagePageModel(WorkbenchRecords records) : WorkbenchPageModel(records)
{
    /// <summary>Whether the viewer may act on messages: a 廉政监督员.</summary>
    public bool MayAct => Viewer.HasRole(StaffRole.IntegritySupervisor);

    /// <summary>Set when the page answers 403: the viewer may look but not act.</summary>
    public bool ActRefused { get; private set; }

    /// <summary>Loads the viewer; null to go on, or the result that ends the request (signed out, or a 404 outside the whole bureau's viewers).</summary>
    protected async Task<IActionResult?> LoadBureauViewerAsync(CancellationToken cancellationToken) =>
        await LoadViewerAsync(cancellationToken) ?? (Scope == WorkbenchScope.Bureau ? null : NotFoundInScope());

    /// <summary>As <see cref="LoadBureauViewerAsync"/>, and a 403 for a viewer who may not act.</summary>
    protected async Task<IActionResult?> LoadActorAsync(CancellationToken cancellationToken) =>
        await LoadBureauViewerAsync(cancellationToken) ?? (MayAct ? null : RefuseToAct());

    private PageResult RefuseToAct()
    {
        ActRefused = true;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
