using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/projects/{id}: a project's whole cycle — its team and who committed, the pre-audit talk, the full
/// 执行情况报告 and every 廉政回访 answer in full (chat cuts long text; here it is read whole). Outside the viewer's scope
/// it is the page's 404, the same as no such project.</summary>
public sealed class ProjectDetailModel(WorkbenchRecords records, WorkbenchProjects projects, BureauClock clock) : WorkbenchPageModel(records)
{
    public ProjectDetail Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!WorkbenchProjects.MaySee(Viewer))
        {
            return NotFoundInScope();
        }

        if (await projects.ProjectAsync(Viewer, id, cancellationToken) is not { } project)
        {
            return NotFoundInScope();
        }

        Project = project;
        return Page();
    }

    public string Local(DateTimeOffset at) => WorkbenchTexts.Local(at, clock.TimeZone);
}
