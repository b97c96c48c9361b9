using System.Globalization;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>查阅记录 /workbench/views: who opened whose personal records; for the 廉政监督员 and the 派驻纪检监察组 only
/// (anyone else gets a 404).</summary>
public sealed class RecordViewsModel(WorkbenchRecords records, StaffDirectory directory, BureauClock clock) : WorkbenchPageModel(records)
{
    public sealed record Line(string At, string Viewer, string Owner, string Record);

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    public static bool MayRead(Staff viewer) =>
        viewer.HasRole(StaffRole.IntegritySupervisor) || viewer.HasRole(StaffRole.DisciplineInspectionGroup);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!MayRead(Viewer))
        {
            return NotFoundInScope();
        }

        var views = await Records.RecentViewsAsync(cancellationToken);
        var names = await directory.NamesAsync([.. views.Select(v => v.ViewerId).Concat(views.Select(v => v.OwnerId)).Distinct()], cancellationToken);
        Lines = [.. views.Select(v => new Line(
            WorkbenchTexts.Local(v.At, clock.TimeZone),
            names.GetValueOrDefault(v.ViewerId, "?"), names.GetValueOrDefault(v.OwnerId, "?"), WorkbenchTexts.FilingTitle(int.Parse(v.EntityId, CultureInfo.InvariantCulture))))];
        return Page();
    }
}
