using Lianzheng.Core.Filings;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>我的记录 /workbench/me: one's own filings and refusal records.</summary>
public sealed class MyRecordsModel(WorkbenchRecords records) : WorkbenchPageModel(records)
{
    public IReadOnlyList<Filing> Filings { get; private set; } = [];

    public IReadOnlyList<DeclinedOffer> Offers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Filings = await Records.OwnFilingsAsync(Viewer, cancellationToken);
        Offers = await Records.OwnDeclinedOffersAsync(Viewer, cancellationToken);
        return Page();
    }
}
