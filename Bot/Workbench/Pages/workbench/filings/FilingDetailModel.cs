using Lianzheng.Core.Filings;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/filings/{id}: one filing with its reviews and its history from the audit trail, and for its
/// reviewer, while it is 待审核, the review form: the decision goes through <see cref="FilingService.ReviewAsync"/>, the
/// service 审核备案 in chat uses, so the filer is told and the audit trail written exactly as there. Outside the viewer's
/// scope it is a 404, the same as a filing that does not exist.</summary>
public sealed class FilingDetailModel(WorkbenchRecords records, FilingService filings, BureauClock clock) : WorkbenchPageModel(records)
{
    /// <summary>The longest review opinion taken (it is sent to the filer in chat).</summary>
    public const int MaxOpinionLength = 500;

    public Filing Filing { get; private set; } = null!;

    public IReadOnlyList<FilingHistoryLine> History { get; private set; } = [];

    /// <summary>The viewer reviews this filing and it is 待审核: the page shows the review form.</summary>
    public bool CanReview { get; private set; }

    /// <summary>What the last review post came to (shown above the page), or null.</summary>
    public string? Notice { get; private set; }

    /// <summary>Why the review form came back (with what was typed), or null.</summary>
    public string? ReviewError { get; private set; }

    [BindProperty]
    public string? Opinion { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, string? reviewed, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Notice = reviewed is null ? null : WorkbenchTexts.ReviewNotice(reviewed);
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostReviewAsync(int id, ReviewDecision? decision, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!await Records.FilingInScopeAsync(Viewer, id, cancellationToken))
        {
            return NotFoundInScope();
        }

        var opinion = string.IsNullOrWhiteSpace(Opinion) ? null : Opinion.Trim();
        ReviewError = decision switch
        {
            null or not (ReviewDecision.Approve or ReviewDecision.Reject or ReviewDecision.NeedsMore) => WorkbenchTexts.ChooseDecision,
            not ReviewDecision.Approve when opinion is null => WorkbenchTexts.OpinionRequired(DomainNames.Of(decision.Value)),
            _ when opinion is { Length: > MaxOpinionLength } => WorkbenchTexts.OpinionTooLong(MaxOpinionLength),
            _ => null,
        };
        if (ReviewError is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(id, cancellationToken);
        }

        var outcome = await filings.ReviewAsync(Viewer, id, decision!.Value, opinion, cancellationToken);
        return Redirect($"/workbench/filings/{id}?reviewed={outcome.ToString().ToLowerInvariant()}");
    }

    public string Local(DateTimeOffset at) => WorkbenchTexts.Local(at, clock.TimeZone);

    private async Task<IActionResult> ShowAsync(int id, CancellationToken cancellationToken)
    {
        if (await Records.FilingAsync(Viewer, id, cancellationToken) is not { } filing)
        {
            return NotFoundInScope();
        }

        Filing = filing;
        History = await Records.HistoryAsync(id, cancellationToken);
        CanReview = filing.Status == FilingStatus.Pending && (await filings.ReviewersOfAsync(filing, cancellationToken)).Any(r => r.Id == Viewer.Id);
        return Page();
    }
}
