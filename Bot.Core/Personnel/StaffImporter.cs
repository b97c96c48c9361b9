using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Texts;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Personnel;

/// <summary>Creates or updates sections, staff, roles and oversight from one sheet, all or nothing.</summary>
public sealed class StaffImporter(LianzhengDbContext db, AuditTrail audit, ChannelUserCache channelUsers)
{
    private static readonly char[] ListSeparators = ['、', ',', '，', ';', '；', '|'];

    /// <summary>Imports the sheet in one transaction; <paramref name="actorId"/> is who did it in the audit trail (null: the
    /// CLI, run by whoever runs the bot).</summary>
    public async Task<ImportResult> ImportAsync(
        IReadOnlyList<string> headers, IReadOnlyList<StaffSheetRow> rows, CancellationToken cancellationToken, int? actorId = null) =>
        await ImportAsync(headers, rows, actorId, null, cancellationToken);

    /// <summary>The import, its audit entry naming each person added or updated and, for one person's edit, what changed.</summary>
    private async Task<ImportResult> ImportAsync(
        IReadOnlyList<string> headers, IReadOnlyList<StaffSheetRow> rows, int? actorId, IReadOnlyList<string>? changes, CancellationToken cancellationToken)
    {
        var (parsed, problems) = Validate(headers, rows);
        if (problems.Count > 0)
        {
            return new ImportResult(0, 0, 0, problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sections = await db.Sections.ToDictionaryAsync(s => s.Name, cancellationToken);
        var sectionsBefore = sections.Count;
        Section SectionNamed(string name)
        {
            if (!sections.TryGetValue(name, out var section))
            {
                section = new Section { Name = name };
                db.Sections.Add(section);
                sections[name] = section;
            }

            return section;
        }

        var employeeNos = parsed.Select(p => p.EmployeeNo).ToList();
        var existing = await db.Staff.Include(s => s.Roles).Where(s => EF.Parameter(employeeNos).Contains(s.EmployeeNo))
            .ToDictionaryAsync(s => s.EmployeeNo, cancellationToken);
        int created = 0, updated = 0;
        var imported = new List<(Staff Staff, ParsedRow Row)>();
        foreach (var row in parsed)
        {
            if (!existing.TryGetValue(row.EmployeeNo, out var staff))
            {
                staff = new Staff { EmployeeNo = row.EmployeeNo, Name = row.Name };
                db.Staff.Add(staff);
                created++;
            }
            else
            {
                updated++;
            }

            staff.Name = row.Name;
            staff.Section = row.Section is null ? null : SectionNamed(row.Section);
            if (row.Section is null)
            {
                staff.SectionId = null;
            }

            staff.Email = row.Email;
            staff.Mobile = row.Mobile;
            staff.IsActive = row.Active;
            staff.Roles.RemoveAll(r => !row.Roles.Contains(r.Role));
            foreach (var role in row.Roles.Where(role => !staff.HasRole(role)))
            {
                staff.Roles.Add(new StaffRoleAssignment { Role = role });
            }

            foreach (var overseen in row.Oversees)
            {
                SectionNamed(overseen);
            }

            imported.Add((staff, row));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (staff, row) in imported)
        {
            var current = await db.Oversights.Where(o => o.LeaderId == staff.Id).ToListAsync(cancellationToken);
            db.Oversights.RemoveRange(current);
            db.Oversights.AddRange(row.Oversees.Distinct().Select(name => new Oversight { LeaderId = staff.Id, SectionId = sections[name].Id }));
        }

        await db.SaveChangesAsync(cancellationToken);
        var sectionsCreated = sections.Count - sectionsBefore;
        var added = imported.Where(i => !existing.ContainsKey(i.Row.EmployeeNo)).Select(i => i.Row.EmployeeNo).ToList();
        var changed = imported.Where(i => existing.ContainsKey(i.Row.EmployeeNo)).Select(i => i.Row.EmployeeNo).ToList();
        await audit.AppendAsync(actorId, "directory.import", "Staff", "*", new { created, updated, sectionsCreated, added, changed, changes }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        channelUsers.Clear();
        return new ImportResult(created, updated, sectionsCreated, []);
    }

    /// <summary>Changes one person's entry as a one-row sheet would: the same rules, the same transaction, the same audit
    /// entry (with <paramref name="actorId"/>). Null when there is no such person.</summary>
    public async Task<ImportResult?> UpdateOneAsync(int staffId, StaffEdit edit, int actorId, CancellationToken cancellationToken)
    {
        var employeeNo = await db.Staff.AsNoTracking().Where(s => s.Id == staffId).Select(s => s.EmployeeNo).FirstOrDefaultAsync(cancellationToken);
        if (employeeNo is null)
        {
            return null;
        }

        var cells = new Dictionary<string, string>
        {
            ["EmployeeNo"] = employeeNo,
            ["Name"] = edit.Name,
            ["Section"] = edit.Section ?? "",
            ["Roles"] = string.Join("、", edit.Roles.Select(DomainNames.Of)),
            ["Oversees"] = string.Join("、", edit.Oversees),
            ["Email"] = edit.Email ?? "",
            ["Mobile"] = edit.Mobile ?? "",
            ["Active"] = edit.Active ? "是" : "否",
        };
        var headers = StaffSheet.Columns.Select(c => c.English).ToList();
        var row = new StaffSheetRow(1, cells);
        var preview = await PreviewAsync(headers, [row], cancellationToken);
        var changes = preview.Changed.Concat(preview.Leaving).SelectMany(l => l.Changes).ToList();
        return await ImportAsync(headers, [row], actorId, changes, cancellationToken);
    }

    /// <summary>What <see cref="ImportAsync"/> would do with the sheet, changing nothing: who would be added, whose entry
    /// would change and how, who would leave (在职 否 for someone active), which sections would be created; or the row
    /// problems, when the sheet would be refused.</summary>
    public async Task<ImportPreview> PreviewAsync(IReadOnlyList<string> headers, IReadOnlyList<StaffSheetRow> rows, CancellationToken cancellationToken)
    {
        var (parsed, problems) = Validate(headers, rows);
        if (problems.Count > 0)
        {
            return new ImportPreview([], [], [], [], problems);
        }

        var employeeNos = parsed.Select(p => p.EmployeeNo).ToList();
        var existing = await db.Staff.AsNoTracking().Include(s => s.Roles).Include(s => s.Section)
            .Where(s => EF.Parameter(employeeNos).Contains(s.EmployeeNo)).ToDictionaryAsync(s => s.EmployeeNo, cancellationToken);
        var leaderIds = existing.Values.Select(s => s.Id).ToList();
        var oversees = (await db.Oversights.AsNoTracking().Where(o => leaderIds.Contains(o.LeaderId))
                .Select(o => new { o.LeaderId, o.Section!.Name }).ToListAsync(cancellationToken))
            .ToLookup(o => o.LeaderId, o => o.Name);
        var sections = (await db.Sections.AsNoTracking().Select(s => s.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        List<ImportPreviewLine> added = [], changed = [], leaving = [];
        foreach (var row in parsed)
        {
            if (!existing.TryGetValue(row.EmployeeNo, out var staff))
            {
                added.Add(new ImportPreviewLine(row.RowNumber, row.EmployeeNo, row.Name, [DirectoryTexts.Describe(row.Section, row.Roles, row.Oversees, row.Active)]));
                continue;
            }

            var changes = Changes(staff, row, oversees[staff.Id].ToList());
            if (staff.IsActive && !row.Active)
            {
                leaving.Add(new ImportPreviewLine(row.RowNumber, row.EmployeeNo, row.Name, changes));
            }
            else if (changes.Count > 0)
            {
                changed.Add(new ImportPreviewLine(row.RowNumber, row.EmployeeNo, row.Name, changes));
            }
        }

        var newSections = parsed.SelectMany(p => p.Oversees.Prepend(p.Section ?? "")).Where(n => n.Length > 0 && !sections.Contains(n)).Distinct().ToList();
        return new ImportPreview(added, changed, leaving, newSections, []);
    }

    private static List<string> Changes(Staff staff, ParsedRow row, List<string> oversees)
    {
        var changes = new List<string>();
        void Compare(string field, string? before, string? after)
        {
            if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
            {
                changes.Add(DirectoryTexts.Change(field, before, after));
            }
        }

        Compare(DirectoryTexts.NameField, staff.Name, row.Name);
        Compare(DirectoryTexts.SectionField, staff.Section?.Name, row.Section);
        Compare(DirectoryTexts.RolesField, DirectoryTexts.Roles(staff.Roles.Select(r => r.Role)), DirectoryTexts.Roles(row.Roles));
        Compare(DirectoryTexts.OverseesField, DirectoryTexts.Sections(oversees), DirectoryTexts.Sections(row.Oversees.Distinct()));
        Compare(DirectoryTexts.EmailField, staff.Email, row.Email);
        Compare(DirectoryTexts.MobileField, staff.Mobile, row.Mobile);
        Compare(DirectoryTexts.ActiveField, DirectoryTexts.Active(staff.IsActive), DirectoryTexts.Active(row.Active));
        return changes;
    }

    /// <summary>The sheet's rows parsed, or the problems that refuse it (every one, by row).</summary>
    private static (List<ParsedRow> Parsed, List<ImportProblem> Problems) Validate(IReadOnlyList<string> headers, IReadOnlyList<StaffSheetRow> rows)
    {
        var problems = CheckHeaders(headers);
        if (problems.Count > 0)
        {
            return ([], problems);
        }

        var parsed = rows.Select(r => Parse(r, problems)).OfType<ParsedRow>().ToList();
        foreach (var duplicate in parsed.GroupBy(p => p.EmployeeNo).Where(g => g.Count() > 1))
        {
            problems.AddRange(duplicate.Skip(1).Select(p => new ImportProblem(p.RowNumber, $"工号 {p.EmployeeNo} 重复出现（首次在第 {duplicate.First().RowNumber} 行）")));
        }

        return (parsed, [.. problems.OrderBy(p => p.RowNumber)]);
    }

    private static List<ImportProblem> CheckHeaders(IReadOnlyList<string> headers)
    {
        var known = headers.Select(StaffSheet.Find).OfType<StaffSheetColumn>().ToHashSet();
        return StaffSheet.Columns.Where(c => c.Required && !known.Contains(c))
            .Select(c => new ImportProblem(1, $"表头缺少必填列“{c.Chinese}”（或 {c.English}）"))
            .ToList();
    }

    private static ParsedRow? Parse(StaffSheetRow row, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(string reason) => problems.Add(new ImportProblem(row.RowNumber, reason));

        var employeeNo = row.Get("EmployeeNo");
        var name = row.Get("Name");
        if (employeeNo.Length == 0)
        {
            Problem("工号为空");
        }
        else if (employeeNo.Length > 32)
        {
            Problem("工号超过 32 个字符");
        }

        if (name.Length == 0)
        {
            Problem("姓名为空");
        }
        else if (name.Length > 64)
        {
            Problem("姓名超过 64 个字符");
        }

        var roles = new HashSet<StaffRole>();
        foreach (var roleName in Split(row.Get("Roles")))
        {
            if (DomainNames.ParseRole(roleName) is { } role)
            {
                roles.Add(role);
            }
            else
            {
                Problem($"未知角色“{roleName}”，可选：{string.Join("、", DomainNames.Roles.Values)}");
            }
        }

        if (roles.Count == 0)
        {
            roles.Add(StaffRole.Auditor);
        }

        var oversees = Split(row.Get("Oversees"));
        if (oversees.Count > 0 && !roles.Contains(StaffRole.Leader))
        {
            Problem("填写了分管股室，但角色中没有“班子成员”");
        }

        var activeText = row.Get("Active");
        bool? active = activeText switch
        {
            "" or "是" or "在职" or "Y" or "y" or "yes" or "true" or "1" => true,
            "否" or "离职" or "N" or "n" or "no" or "false" or "0" => false,
            _ => null,
        };
        if (active is null)
        {
            Problem($"“在职”应填 是 或 否，而不是“{activeText}”");
        }

        var email = row.Get("Email");
        if (email.Length > 0 && (!email.Contains('@', StringComparison.Ordinal) || email.Length > 256))
        {
            Problem($"邮箱“{email}”格式不正确");
        }

        var section = row.Get("Section");
        if (section.Length > 64 || oversees.Any(o => o.Length > 64))
        {
            Problem("股室名称超过 64 个字符");
        }

        return problems.Count > before
            ? null
            : new ParsedRow(row.RowNumber, employeeNo, name, section.Length == 0 ? null : section, roles, oversees,
                // Addresses are kept in lower case, so that a Teams account is found by an indexed equality.
                email.Length == 0 ? null : email.ToLowerInvariant(), row.Get("Mobile") is { Length: > 0 } mobile ? mobile : null, active!.Value);
    }

    private static List<string> Split(string list) =>
        list.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private sealed record ParsedRow(
        int RowNumber, string EmployeeNo, string Name, string? Section, HashSet<StaffRole> Roles, List<string> Oversees,
        string? Email, string? Mobile, bool Active);
}
