using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>廉政谈话 /workbench/talks: this year's talk matrix and the talk list with summaries (filtered by year, leader and
/// kind, paged on the server), for those who see the whole bureau and for a 班子成员 (his own talks and row); anyone else
/// gets the page's 404 (his talks are in 我的记录). The same filter exports to /workbench/talks.xlsx.</summary>
public sealed class TalksModel(WorkbenchRecords records, WorkbenchTalks talks, BureauClock clock) : WorkbenchPageModel(records)
{
    public IReadOnlyList<TalkCell> Matrix { get; private set; } = [];

    public TalkPage Result { get; private set; } = null!;

    public IReadOnlyList<PersonChoice> Leaders { get; private set; } = [];

    public int ThisYear => clock.Today.Year;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!WorkbenchTalks.MaySee(Viewer))
        {
            return NotFoundInScope();
        }

        Leaders = await talks.LeadersAsync(Viewer, cancellationToken);
        Matrix = await talks.MatrixAsync(Viewer, cancellationToken);
        Result = await talks.TalksAsync(Viewer, Filtered(TalkQuery.Parse(Request.Query, ThisYear), Leaders), cancellationToken);
        return Page();
    }

    /// <summary>The filter with a leader the viewer may not choose dropped.</summary>
    public static TalkFilter Filtered(TalkFilter filter, IReadOnlyList<PersonChoice> leaders) =>
        filter.LeaderId is { } leader && leaders.All(l => l.Id != leader) ? filter with { LeaderId = null } : filter;

    public string PageLink(int page) => TalkQuery.Link("/workbench/talks", Result.Filter with { Page = page });

    public string ExportLink => TalkQuery.Link("/workbench/talks.xlsx", Result.Filter with { Page = 1 });
}
