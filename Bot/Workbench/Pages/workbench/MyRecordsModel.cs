using Lianzheng.Core.Filings;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>我的记录 /workbench/me: one's own filings, refusal records and the talks one took part in.</summary>
public sealed class MyRecordsModel(WorkbenchRecords records, WorkbenchTalks talks) : WorkbenchPageModel(records)
{
    public IReadOnlyList<Filing> Filings { get; private set; } = [];

    public IReadOnlyList<DeclinedOffer> Offers { get; private set; } = [];

    public IReadOnlyList<TalkRow> Talks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Filings = await Records.OwnFilingsAsync(Viewer, cancellationToken);
        Offers = await Records.OwnDeclinedOffersAsync(Viewer, cancellationToken);
        Talks = await talks.TakenPartInAsync(Viewer, cancellationToken);
        return Page();
    }
}
