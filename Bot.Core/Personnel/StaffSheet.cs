namespace Lianzheng.Core.Personnel;

/// <summary>The columns of the staff sheet that import-staff reads (Chinese header or the English alias).</summary>
public static class StaffSheet
{
    public static readonly IReadOnlyList<StaffSheetColumn> Columns =
    [
        new("工号", "EmployeeNo", Required: true, "unique staff number; the key rows are matched on"),
        new("姓名", "Name", Required: true, "full name"),
        new("股室", "Section", Required: false, "section name; created when new"),
        new("角色", "Roles", Required: false, "any of 党组书记、班子成员、股室负责人、廉政监督员、审计组长、审计人员、派驻纪检监察组 (or 纪检监察组), separated by 、 , ; or |"),
        new("分管股室", "Oversees", Required: false, "for 班子成员: the sections he oversees, separated the same way"),
        new("邮箱", "Email", Required: false, "work email (used to match Teams accounts)"),
        new("手机", "Mobile", Required: false, "mobile number"),
        new("在职", "Active", Required: false, "是/否 (default 是); 否 deactivates the person, keeping his records"),
    ];

    public static StaffSheetColumn? Find(string header)
    {
        var trimmed = header.Trim();
        return Columns.FirstOrDefault(c =>
            c.Chinese == trimmed || string.Equals(c.English, trimmed, StringComparison.OrdinalIgnoreCase));
    }
}
