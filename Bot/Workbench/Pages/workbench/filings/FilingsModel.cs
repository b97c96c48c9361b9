using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>备案台账 /workbench/filings: the filings in the viewer's scope, filtered by year, kind and status and paged on the server.</summary>
public sealed class FilingsModel(WorkbenchRecords records, BureauClock clock) : WorkbenchPageModel(records)
{
    public FilingPage Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int? year, FilingKind? kind, FilingStatus? status, int? page, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        var filter = new FilingFilter(
            year is >= 2000 and <= 2100 ? year.Value : clock.Today.Year,
            kind is { } k && Enum.IsDefined(k) ? k : null,
            status is { } s && Enum.IsDefined(s) ? s : null,
            Math.Clamp(page ?? 1, 1, WorkbenchRecords.MaxPage));
        Result = await Records.FilingsAsync(Viewer, filter, cancellationToken);
        return Page();
    }

    public string PageLink(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["year"] = Result.Filter.Year.ToString(CultureInfo.InvariantCulture),
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        if (Result.Filter.Kind is { } kind)
        {
            query["kind"] = kind.ToString();
        }

        if (Result.Filter.Status is { } status)
        {
            query["status"] = status.ToString();
        }

        return QueryHelpers.AddQueryString("/workbench/filings", query);
    }
}
