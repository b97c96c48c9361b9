using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;

namespace Lianzheng.Core.Filings;

/// <summary>How filings read in Chinese: facts for cards, the notices sent to leaders and supervisors, list lines.</summary>
public static class FilingTexts
{
    public const string ReadLabel = "已阅";
    private const string None = "无";

    public static string FieldName(FilingField field, bool travel) => field switch
    {
        FilingField.Subject => "当事人",
        FilingField.EventDate => travel ? "出发日期" : "日期",
        FilingField.Place => "地点",
        FilingField.ExpectedTables => "预计桌数",
        FilingField.ExpectedGuests => "预计人数",
        FilingField.InvitesManagedObjects => "邀请管理服务对象",
        FilingField.InvitesSubordinates => "邀请下属",
        FilingField.Destination => "目的地",
        FilingField.Purpose => "事由",
        FilingField.ReturnDate => "返回日期",
        FilingField.Companions => "同行人员",
        _ => field.ToString(),
    };

    public static string FieldValue(FilingDraft draft, FilingField field) => field switch
    {
        FilingField.Subject => DomainNames.Of(draft.Subject),
        FilingField.EventDate => DomainNames.Date(draft.EventDate),
        FilingField.Place => draft.Place ?? None,
        FilingField.ExpectedTables => Count(draft.ExpectedTables, "桌"),
        FilingField.ExpectedGuests => Count(draft.ExpectedGuests, "人"),
        FilingField.InvitesManagedObjects => DomainNames.YesNo(draft.InvitesManagedObjects),
        FilingField.InvitesSubordinates => DomainNames.YesNo(draft.InvitesSubordinates),
        FilingField.Destination => draft.Destination ?? None,
        FilingField.Purpose => draft.Purpose ?? None,
        FilingField.ReturnDate => draft.EndDate is { } end ? DomainNames.Date(end) : None,
        FilingField.Companions => string.IsNullOrWhiteSpace(draft.Companions) ? None : draft.Companions,
        _ => "",
    };

    /// <summary>The details of a draft, as the facts of a card.</summary>
    public static List<Fact> DraftFacts(FilingDraft draft)
    {
        var facts = new List<Fact> { new("事项类别", DomainNames.Of(draft.Kind)) };
        if (!draft.IsTravel)
        {
            facts.Add(new Fact(FieldName(FilingField.Subject, false), DomainNames.Of(draft.Subject)));
        }

        facts.AddRange(FilingFields.Of(draft).Select(f => new Fact(FieldName(f, draft.IsTravel), FieldValue(draft, f))));
        return facts;
    }

    /// <summary>Everything about a stored filing: number, details, status and, when there is one, the follow-up report.</summary>
    public static List<Fact> Facts(Filing filing)
    {
        var facts = new List<Fact> { new("备案编号", Number(filing)) };
        facts.AddRange(DraftFacts(FilingDraft.From(filing)));
        facts.Add(new Fact("状态", DomainNames.Of(filing.Status)));
        if (filing.Status == FilingStatus.Withdrawn && filing.WithdrawalReason is { } reason)
        {
            facts.Add(new Fact("撤回原因", reason));
        }

        if (filing.FollowUp is { } report)
        {
            facts.AddRange(ReportFacts(filing, report));
        }

        return facts;
    }

    public static List<Fact> ReportFacts(Filing filing, FollowUpReport report)
    {
        var facts = new List<Fact>();
        if (filing.IsBanquet)
        {
            facts.Add(new Fact("实际桌数", Count(report.ActualTables, "桌")));
            facts.Add(new Fact("实际人数", Count(report.ActualGuests, "人")));
        }
        else
        {
            facts.Add(new Fact("实际返回日期", report.ActualReturnDate is { } back ? DomainNames.Date(back) : None));
            facts.Add(new Fact("证照交回", report.DocumentsHandedBack switch { true => "已交回", false => "未交回", null => None }));
        }

        if (!string.IsNullOrWhiteSpace(report.Note))
        {
            facts.Add(new Fact("说明", report.Note));
        }

        return facts;
    }

    /// <summary>What an amendment changes, one fact per field: "日期" → "2026年12月5日 → 2026年12月6日".</summary>
    public static List<Fact> Changes(FilingDraft before, FilingDraft after) =>
        FilingFields.Of(after).Prepend(FilingField.Subject)
            .Where(f => !(after.IsTravel && f == FilingField.Subject))
            .Select(f => (Field: f, Old: FieldValue(before, f), New: FieldValue(after, f)))
            .Where(c => c.Old != c.New)
            .Select(c => new Fact("修改" + FieldName(c.Field, after.IsTravel), $"{c.Old} → {c.New}"))
            .ToList();

    /// <summary>One line for lists and choices: "#12 婚嫁 2026年12月5日（已备案）".</summary>
    public static string Line(Filing filing) =>
        $"{Number(filing)} {DomainNames.Of(filing.Kind)} {DomainNames.Date(filing.EventDate)}（{DomainNames.Of(filing.Status)}）";

    /// <summary>A short label that fits a button: "#12 婚嫁 12月5日".</summary>
    public static string ButtonLabel(Filing filing) =>
        $"{Number(filing)} {DomainNames.Of(filing.Kind)} {filing.EventDate.ToString("M月d日", CultureInfo.InvariantCulture)}";

    public static string Number(Filing filing) => "#" + filing.Id.ToString(CultureInfo.InvariantCulture);

    public static OutboundMessage FiledNotice(Staff filer, Filing filing) => new(
        $"{Who(filer)}报备了个人事项（{DomainNames.Of(filing.Kind)}），请知悉并点击“{ReadLabel}”。",
        "个人事项备案通知");

    public static OutboundMessage AmendedNotice(Staff filer, Filing filing) => new(
        $"{Who(filer)}修改了个人事项备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}），修改内容如下，请知悉。",
        "个人事项备案变更通知");

    public static OutboundMessage WithdrawnNotice(Staff filer, Filing filing) => new(
        $"{Who(filer)}撤回了个人事项备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}），原因：{filing.WithdrawalReason}。",
        "个人事项备案撤回通知");

    public static OutboundMessage ReportedNotice(Staff filer, Filing filing) => new(
        $"{Who(filer)}提交了个人事项备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}）的事后报告，该事项已办结。",
        "个人事项事后报告通知");

    private static string Who(Staff staff) => staff.Section is { } section ? $"{section.Name} {staff.Name} " : $"{staff.Name} ";

    private static string Count(int? value, string unit) =>
        value is { } n ? n.ToString(CultureInfo.InvariantCulture) + unit : None;
}
