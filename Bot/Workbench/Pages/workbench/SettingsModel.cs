using Lianzheng.Core.Personnel;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>设置 /workbench/settings: the rules the bot enforces with their values and where each comes from, read-only;
/// for the 廉政监督员 (anyone else gets the page's 404).</summary>
public sealed class SettingsModel(WorkbenchRecords records, RuleSettings settings) : WorkbenchPageModel(records)
{
    public IReadOnlyList<RuleSetting> Settings { get; private set; } = [];

    public static bool MaySee(Staff viewer) => viewer.HasRole(StaffRole.IntegritySupervisor);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        Settings = settings.All();
        return Page();
    }
}
