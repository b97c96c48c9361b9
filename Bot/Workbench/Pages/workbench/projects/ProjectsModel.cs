using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>审计项目 /workbench/projects: each project in the viewer's scope with its integrity cycle (进场/离场, the
/// pre-audit talk, the team's commitments, the 执行情况报告, the 廉政回访 answers), by year of 进场, paged on the server;
/// exported to /workbench/projects.xlsx with the same filter.</summary>
public sealed class ProjectsModel(WorkbenchRecords records, WorkbenchProjects projects, BureauClock clock) : WorkbenchPageModel(records)
{
    public ProjectPage Result { get; private set; } = null!;

    public int ThisYear => clock.Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!WorkbenchProjects.MaySee(Viewer))
        {
            return NotFoundInScope();
        }

        Result = await projects.ProjectsAsync(Viewer, ProjectQuery.Parse(Request.Query, ThisYear), cancellationToken);
        return Page();
    }

    public string PageLink(int page) => ProjectQuery.Link("/workbench/projects", Result.Filter with { Page = page });

    public string ExportLink => ProjectQuery.Link("/workbench/projects.xlsx", Result.Filter with { Page = 1 });
}
