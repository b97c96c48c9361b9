using Lianzheng.Core.Filings;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>我的记录 /workbench/me: one's own filings, refusal records, the talks one took part in, one's travel documents
/// and the messages one was asked to confirm, with when one did.</summary>
public sealed class MyRecordsModel(WorkbenchRecords records, WorkbenchTalks talks, BureauClock clock) : WorkbenchPageModel(records)
{
    public IReadOnlyList<Filing> Filings { get; private set; } = [];

    public IReadOnlyList<DeclinedOffer> Offers { get; private set; } = [];

    public IReadOnlyList<ConfirmationRow> Confirmations { get; private set; } = [];

    public IReadOnlyList<DocumentRow> Documents { get; private set; } = [];

    public string Local(DateTimeOffset at) => WorkbenchTexts.Local(at, clock.TimeZone);
    public IReadOnlyList<TalkRow> Talks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Filings = await Records.OwnFilingsAsync(Viewer, cancellationToken);
        Offers = await Records.OwnDeclinedOffersAsync(Viewer, cancellationToken);
        Confirmations = await Records.OwnConfirmationsAsync(Viewer, cancellationToken);
        Documents = [.. (await Records.DocumentsAsync(Viewer, cancellationToken)).Where(d => d.HolderId == Viewer.Id)];
        Talks = await talks.TakenPartInAsync(Viewer, cancellationToken);
        return Page();
    }
}
