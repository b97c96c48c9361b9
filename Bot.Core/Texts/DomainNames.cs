using Lianzheng.Core.Filings;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;

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
        [StaffRole.DisciplineInspectionGroup] = "派驻纪检监察组",
        [StaffRole.DocumentCustodian] = "证照保管员",
    };

    /// <summary>Other names the staff sheet accepts for a role.</summary>
    private static readonly Dictionary<string, StaffRole> RoleAliases = new()
    {
        ["纪检监察组"] = StaffRole.DisciplineInspectionGroup,
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
        [EventSubject.Spouse] = "配偶",
        [EventSubject.Child] = "子女",
        [EventSubject.Parent] = "父母",
        [EventSubject.SpouseParent] = "配偶父母",
        [EventSubject.Sibling] = "兄弟姐妹",
        [EventSubject.OtherRelative] = "其他亲属",
    };

    public static readonly IReadOnlyDictionary<FilingStatus, string> FilingStatuses = new Dictionary<FilingStatus, string>
    {
        [FilingStatus.Filed] = "已备案",
        [FilingStatus.Withdrawn] = "已撤回",
        [FilingStatus.Completed] = "已办结",
        [FilingStatus.Pending] = "待审核",
        [FilingStatus.Approved] = "已同意",
        [FilingStatus.Rejected] = "不同意",
        [FilingStatus.NeedsMore] = "需补充",
    };

    public static readonly IReadOnlyDictionary<TalkKind, string> TalkKinds = new Dictionary<TalkKind, string>
    {
        [TalkKind.Routine] = "日常廉政谈话",
        [TalkKind.Admonition] = "提醒谈话",
        [TalkKind.PreAppointment] = "任前廉政谈话",
        [TalkKind.PreAuditCollective] = "审前集体廉政提醒谈话",
    };

    public static readonly IReadOnlyDictionary<ReviewDecision, string> Decisions = new Dictionary<ReviewDecision, string>
    {
        [ReviewDecision.Approve] = "同意",
        [ReviewDecision.Reject] = "不同意",
        [ReviewDecision.NeedsMore] = "需补充",
    };

    public static readonly IReadOnlyDictionary<TravelDocumentType, string> DocumentTypes = new Dictionary<TravelDocumentType, string>
    {
        [TravelDocumentType.Passport] = "护照",
        [TravelDocumentType.HongKongMacauPermit] = "往来港澳通行证",
        [TravelDocumentType.TaiwanPermit] = "往来台湾通行证",
    };

    public static readonly IReadOnlyDictionary<BanquetScope, string> Scopes = new Dictionary<BanquetScope, string>
    {
        [BanquetScope.Relatives] = "亲属",
        [BanquetScope.Colleagues] = "同事",
        [BanquetScope.Friends] = "朋友",
        [BanquetScope.ManagedObjects] = "管理服务对象",
    };

    public static readonly IReadOnlyDictionary<GiftHandling, string> GiftHandlings = new Dictionary<GiftHandling, string>
    {
        [GiftHandling.Returned] = "退还",
        [GiftHandling.HandedIn] = "上交",
        [GiftHandling.Registered] = "登记",
    };

    public static string Of(ReviewDecision decision) => Decisions[decision];

    public static string Of(TravelDocumentType type) => DocumentTypes[type];

    public static string Of(GiftHandling handling) => GiftHandlings[handling];

    /// <summary>The scopes in a set, as 亲属、同事.</summary>
    public static string Of(BanquetScope scope) =>
        string.Join("、", Scopes.Where(s => scope.HasFlag(s.Key)).Select(s => s.Value));

    public static string Of(StaffRole role) => Roles[role];

    public static string Of(TalkKind kind) => TalkKinds[kind];

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

    /// <summary>A message confirmed, with when (in the bureau's time): 已确认 · 12月7日 10:32.</summary>
    public static string Confirmed(DateTimeOffset localTime) =>
        "已确认 · " + localTime.ToString("M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);
}
