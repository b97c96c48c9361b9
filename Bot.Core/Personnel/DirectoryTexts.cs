using Lianzheng.Core.Texts;

namespace Lianzheng.Core.Personnel;

/// <summary>What an import's preview says of a person: the fields and how they change.</summary>
public static class DirectoryTexts
{
    public const string NameField = "姓名";
    public const string SectionField = "股室";
    public const string RolesField = "角色";
    public const string OverseesField = "分管股室";
    public const string EmailField = "邮箱";
    public const string MobileField = "手机";
    public const string ActiveField = "在职";
    private const string Empty = "（空）";

    public static string Change(string field, string? before, string? after) =>
        $"{field}：{(string.IsNullOrEmpty(before) ? Empty : before)} → {(string.IsNullOrEmpty(after) ? Empty : after)}";

    public static string Roles(IEnumerable<StaffRole> roles) => string.Join("、", roles.Order().Select(DomainNames.Of));

    public static string Sections(IEnumerable<string> sections) => string.Join("、", sections.Order(StringComparer.Ordinal));

    public static string Active(bool active) => active ? "是" : "否";

    public static string Describe(string? section, IEnumerable<StaffRole> roles, IReadOnlyList<string> oversees, bool active) =>
        string.Join("；", new[]
        {
            $"{SectionField}：{section ?? Empty}", $"{RolesField}：{Roles(roles)}",
            oversees.Count > 0 ? $"{OverseesField}：{Sections(oversees)}" : null, active ? null : $"{ActiveField}：否",
        }.OfType<string>());
}
