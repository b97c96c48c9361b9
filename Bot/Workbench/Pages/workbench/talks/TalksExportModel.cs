using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/talks.xlsx: the talk list with the page's filters, every matching talk (not one page), one row per
/// talk, within the viewer's scope; for those who may open the page (anyone else gets a 404).</summary>
public sealed class TalksExportModel(WorkbenchRecords records, WorkbenchTalks talks, BureauClock clock, ExportWriter writer) : WorkbenchPageModel(records)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!WorkbenchTalks.MaySee(Viewer))
        {
            return NotFound();
        }

        var leaders = await talks.LeadersAsync(Viewer, cancellationToken);
        var filter = TalksModel.Filtered(TalkQuery.Parse(Request.Query, clock.Today.Year), leaders) with { Page = 1 };
        var rows = await talks.AllTalksAsync(Viewer, filter, cancellationToken);
        var sheet = new ExportSheet(WorkbenchTexts.Talks,
            WorkbenchTexts.TalkConditions(filter, leaders.FirstOrDefault(l => l.Id == filter.LeaderId)?.Name, Scope, Viewer.Name), clock.UtcNow,
            WorkbenchTexts.TalkColumns,
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.HeldOn, DomainNames.Of(r.Kind), WorkbenchTexts.FormName(r.Form), r.Leader, WorkbenchTexts.Names(r.Participants), r.Summary, r.Project, r.RecordedAt,
            ]));
        return await writer.DownloadAsync(sheet, WorkbenchTexts.Talks, cancellationToken);
    }
}
