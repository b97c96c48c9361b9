using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>审计日志 /workbench/audit: the trail searched (who, what, which record, when; paged on the server) and, on the
/// form's POST, verified end to end with what it found and how long it took. For those who see the whole bureau (the
/// 廉政监督员, the 党组书记, the 派驻纪检监察组); anyone else gets the page's 404.</summary>
public sealed class AuditTrailModel(WorkbenchRecords records, WorkbenchAuditTrail trail) : WorkbenchPageModel(records)
{
    public AuditEntryPage Result { get; private set; } = null!;

    /// <summary>The verification just run (the POST), or null.</summary>
    public AuditCheck? Check { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(verify: false, cancellationToken);

    public Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken) => ShowAsync(verify: true, cancellationToken);

    public string PageLink(int page) => AuditQuery.Link("/workbench/audit", Result.Filter with { Page = page });

    /// <summary>Where a record of the row can be opened in the 工作台 (its page checks the viewer's scope and logs the view),
    /// or null.</summary>
    public static string? RecordLink(AuditEntryRow row) => row.EntityId.All(char.IsAsciiDigit) && row.EntityId.Length > 0 ? row.EntityType switch
    {
        nameof(Filing) => "/workbench/filings/" + row.EntityId,
        nameof(AuditProject) => "/workbench/projects/" + row.EntityId,
        nameof(OutboxMessage) => "/workbench/messages/" + row.EntityId,
        _ => null,
    } : null;

    private async Task<IActionResult> ShowAsync(bool verify, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(WorkbenchAuditTrail.MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (verify)
        {
            Check = await trail.VerifyAsync(Viewer, cancellationToken);
        }

        Result = await trail.SearchAsync(AuditQuery.Parse(Request.Query), cancellationToken);
        return Page();
    }
}
