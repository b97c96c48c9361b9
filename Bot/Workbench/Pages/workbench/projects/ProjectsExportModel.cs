using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/projects.xlsx: the 审计项目 list with the page's filter, every matching project, one row each, within
/// the viewer's scope.</summary>
public sealed class ProjectsExportModel(WorkbenchRecords records, WorkbenchProjects projects, BureauClock clock, ExportWriter writer)
    : WorkbenchPageModel(records)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!WorkbenchProjects.MaySee(Viewer))
        {
            return NotFound();
        }

        var filter = ProjectQuery.Parse(Request.Query, clock.Today.Year) with { Page = 1 };
        var rows = await projects.AllProjectsAsync(Viewer, filter, cancellationToken);
        var sheet = new ExportSheet(WorkbenchTexts.Projects, WorkbenchTexts.ProjectConditions(filter, Scope, Viewer.Name), clock.UtcNow,
            WorkbenchTexts.ProjectColumns,
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Id, r.Name, WorkbenchTexts.Flag(r.IsMajor), r.StartDate, r.EndDate, r.TeamLeader, r.ResponsibleLeader,
                r.TalkHeldOn is { } held ? (object)held : WorkbenchTexts.TalkHeld(null, r.IsMajor), WorkbenchTexts.Committed(r.Committed, r.Team),
                WorkbenchTexts.Names(r.NotCommitted), WorkbenchTexts.ReportLine(r.Report), WorkbenchTexts.Flag(r.Report?.Incident == true), r.Answers, r.AnswersWithIssues,
            ]));
        return await writer.DownloadAsync(sheet, WorkbenchTexts.Projects, cancellationToken);
    }
}
