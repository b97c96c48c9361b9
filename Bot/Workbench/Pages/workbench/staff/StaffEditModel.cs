using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>One person in the 人员名录, /workbench/staff/{id}: his name, section, roles, the sections he oversees, e-mail,
/// mobile and whether he is active, changed by the 廉政监督员 through <see cref="StaffImporter.UpdateOneAsync"/> — the
/// rules and the audit entry of an import. Anyone else, or an id that is nobody, gets the page's 404.</summary>
public sealed class StaffEditModel(WorkbenchRecords records, LianzhengDbContext db, StaffImporter importer) : WorkbenchPageModel(records)
{
    public Staff Person { get; private set; } = null!;

    public IReadOnlyList<string> Sections { get; private set; } = [];

    public IReadOnlyList<string> Oversees { get; private set; } = [];

    public IReadOnlyList<ImportProblem> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(
        int id, string? name, string? section, StaffRole[]? roles, string[]? oversees, string? email, string? mobile, bool active, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } ended)
        {
            return ended;
        }

        var edit = new StaffEdit((name ?? "").Trim(), string.IsNullOrWhiteSpace(section) ? null : section.Trim(), roles ?? [], oversees ?? [],
            string.IsNullOrWhiteSpace(email) ? null : email.Trim(), string.IsNullOrWhiteSpace(mobile) ? null : mobile.Trim(), active);
        var result = await importer.UpdateOneAsync(id, edit, Viewer.Id, cancellationToken);
        if (result is { Succeeded: true })
        {
            return Redirect("/workbench/staff?saved=" + Uri.EscapeDataString(Person.EmployeeNo));
        }

        // Shown again as typed, so that fixing the problem does not mean typing everything anew (the person is not tracked:
        // nothing of this is saved).
        Problems = result?.Problems ?? [];
        (Person.Name, Person.Email, Person.Mobile, Person.IsActive) = (edit.Name, edit.Email, edit.Mobile, edit.Active);
        Person.Section = edit.Section is null ? null : new Section { Name = edit.Section };
        Person.Roles = [.. edit.Roles.Distinct().Select(r => new StaffRoleAssignment { Role = r })];
        Oversees = edit.Oversees;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        if (await LoadViewerAsync(WorkbenchDirectory.MaySee, cancellationToken) is { } ended)
        {
            return ended;
        }

        if (await db.Staff.AsNoTracking().Include(s => s.Section).Include(s => s.Roles).FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } person)
        {
            return NotFoundInScope();
        }

        Person = person;
        Sections = await db.Sections.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Name).ToListAsync(cancellationToken);
        Oversees = await db.Oversights.AsNoTracking().Where(o => o.LeaderId == id).Select(o => o.Section!.Name).ToListAsync(cancellationToken);
        return null;
    }
}
