using Lianzheng.Core.Filings;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Texts;

/// <summary>The Chinese names of domain values, shown to people and accepted from them.</summary>
public static class DomainNames
{
    public static readonly IReadOnlyDictionary<StaffRole, string> Roles = new Dictionary<StaffRole, string>
    {
        [StaffRole.PartySecretary] = "党组书记",
        [StaffRole.Leader] = "班子成员",
        [StaffRole.SectionHead] = "股室负责人",
        [StaffRole.IntegritySupervisor] = "廉政监督员",
        [StaffRole.AuditTeamLeader] = "审计组长",
        [StaffRole.Auditor] = "审计人员",
        [StaffRole.DocumentCustodian] = "证照保管员",
    };

    /// <summary>Other names the staff sheet's 角色 column accepts for a role.</summary>
    private static readonly Dictionary<string, StaffRole> RoleAliases = new()
    {
        ["证照保管"] = StaffRole.DocumentCustodian,
    };

    public static readonly IReadOnlyDictionary<FilingKind, string> FilingKinds = new Dictionary<FilingKind, string>
    {
        [FilingKind.Wedding] = "婚嫁",
        [FilingKind.Funeral] = "丧事",
        [FilingKind.OtherCelebration] = "其他喜庆事宜",
        [FilingKind.TravelAbroad] = "因私出国（境）",
    };

    public static readonly IReadOnlyDictionary<EventSubject, string> Subjects = new Dictionary<EventSubject, string>
    {
        [EventSubject.Self] = "本人",
        [EventSubject.Child] = "子女",
        [EventSubject.Parent] = "父母",
        [EventSubject.OtherRelative] = "其他亲属",
    };

    public static readonly IReadOnlyDictionary<FilingStatus, string> FilingStatuses = new Dictionary<FilingStatus, string>
    {
        [FilingStatus.Filed] = "已备案",
        [FilingStatus.Withdrawn] = "已撤回",
        [FilingStatus.Completed] = "已办结",
    };

    public static string Of(StaffRole role) => Roles[role];

    public static string Of(FilingKind kind) => FilingKinds[kind];

    public static string Of(EventSubject subject) => Subjects[subject];

    public static string Of(FilingStatus status) => FilingStatuses[status];

    public static StaffRole? ParseRole(string text) =>
        Roles.Where(r => r.Value == text.Trim()).Select(r => (StaffRole?)r.Key).FirstOrDefault()
        ?? (RoleAliases.TryGetValue(text.Trim(), out var alias) ? alias : null);

    public static string YesNo(bool? value) => value switch
    {
        true => "是",
        false => "否",
        null => "—",
    };

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
