using System.Globalization;
using System.Security.Claims;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lianzheng.Bot.Workbench;

/// <summary>A page of the 工作台: it knows its viewer, read afresh from the directory on every request, so that a role
/// taken away or a person deactivated counts at once (the session then ends).</summary>
public abstract class WorkbenchPageModel(WorkbenchRecords records) : PageModel
{
    public Staff Viewer { get; private set; } = null!;

    public WorkbenchScope Scope => WorkbenchRecords.ScopeOf(Viewer);

    public string ViewerLine => WorkbenchTexts.Greeting(Viewer.Name, WorkbenchTexts.Names(Viewer.Roles.Select(r => DomainNames.Of(r.Role))));

    protected WorkbenchRecords Records => records;

    /// <summary>Set when the page answers 404: nothing of the record is shown, only that there is none for this viewer.</summary>
    public bool NotInScope { get; private set; }

    /// <summary>A 404 in the workbench's own page: "没有这条记录，或不在您的查看范围内" — the same for a record that does
    /// not exist and one the viewer may not see.</summary>
    protected IActionResult NotFoundInScope()
    {
        NotInScope = true;
        Response.StatusCode = StatusCodes.Status404NotFound;
        return Page();
    }

    /// <summary>Loads the viewer and checks that the page is for him (<paramref name="mayOpen"/>); null to go on, or the
    /// result that ends the request: signed out, or the page's 404.</summary>
    protected async Task<IActionResult?> LoadViewerAsync(Func<Staff, bool> mayOpen, CancellationToken cancellationToken) =>
        await LoadViewerAsync(cancellationToken) ?? (mayOpen(Viewer) ? null : NotFoundInScope());

    /// <summary>Loads the viewer; null to go on, or the result that ends the request (signed out).</summary>
    protected async Task<IActionResult?> LoadViewerAsync(CancellationToken cancellationToken)
    {
        var claim = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var viewer = int.TryParse(claim, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? await records.ViewerAsync(id, cancellationToken) : null;
        if (viewer is null)
        {
            await WorkbenchSession.EndAsync(HttpContext);
            return Redirect("/workbench/login?refused=inactive");
        }

        Viewer = viewer;
        return null;
    }
}
