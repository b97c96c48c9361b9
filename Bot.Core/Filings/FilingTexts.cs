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
    public const string LateMark = "逾期报告";
    public const string OverScaleMark = "超过规定规模（请审核人关注）";
    public const string ReviewTitle = "个人事项备案审核";
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
        FilingField.Destination => "前往国家/地区",
        FilingField.Purpose => "事由",
        FilingField.ReturnDate => "返回日期",
        FilingField.Companions => "同行人员",
        FilingField.CelebrationKind => "喜庆事宜",
        FilingField.HeldJointly => "同城合办",
        FilingField.Cars => "用车数量",
        FilingField.OfficialCars => "使用公车",
        FilingField.ScaleReason => "超规模原因",
        FilingField.LateReason => "逾期原因",
        FilingField.DocumentType => "证件类型",
        FilingField.DocumentNumber => "证件号码",
        FilingField.Transit => "途经国家/地区",
        FilingField.FundingSource => "费用来源",
        FilingField.SecretPost => "涉密岗位",
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
        FilingField.CelebrationKind => draft.CelebrationKind ?? None,
        FilingField.HeldJointly => DomainNames.YesNo(draft.HeldJointly),
        FilingField.Cars => Count(draft.Cars, "辆"),
        FilingField.OfficialCars => DomainNames.YesNo(draft.OfficialCars),
        FilingField.ScaleReason => draft.ScaleReason ?? None,
        FilingField.LateReason => draft.LateReason ?? None,
        FilingField.DocumentType => draft.DocumentType is { } type ? DomainNames.Of(type) : None,
        FilingField.DocumentNumber => string.IsNullOrWhiteSpace(draft.DocumentNumber) ? None : DocumentNumbers.Mask(draft.DocumentNumber),
        FilingField.Transit => string.IsNullOrWhiteSpace(draft.Transit) ? None : draft.Transit,
        FilingField.FundingSource => draft.FundingSource ?? None,
        FilingField.SecretPost => DomainNames.YesNo(draft.SecretPost),
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
        facts.AddRange(new[] { FilingField.ScaleReason, FilingField.LateReason }
            .Where(f => !string.IsNullOrWhiteSpace(f == FilingField.ScaleReason ? draft.ScaleReason : draft.LateReason))
            .Select(f => new Fact(FieldName(f, draft.IsTravel), FieldValue(draft, f))));
        return facts;
    }

    /// <summary>Everything about a stored filing: number, details, status and, when there is one, the follow-up report.</summary>
    public static List<Fact> Facts(Filing filing)
    {
        var facts = new List<Fact> { new("备案编号", Number(filing)) };
        facts.AddRange(DraftFacts(FilingDraft.From(filing)));
        facts.Add(new Fact("状态", DomainNames.Of(filing.Status)));
        if (filing.IsLate)
        {
            facts.Add(new Fact("报告时限", LateMark));
        }

        if (filing.OverScale)
        {
            facts.Add(new Fact("规模", OverScaleMark));
        }

        if (filing.Reviews.OrderBy(r => r.DecidedAt).LastOrDefault() is { } review)
        {
            facts.Add(new Fact("审核意见", review.Opinion is { } opinion ? $"{DomainNames.Of(review.Decision)}：{opinion}" : DomainNames.Of(review.Decision)));
        }
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
            if (report.GuestScope is { } scope)
            {
                facts.Add(new Fact("宴请范围", scope == BanquetScope.None ? None : DomainNames.Of(scope)));
            }

            if (report.Cars is { } cars)
            {
                facts.Add(new Fact("用车", cars == 0 ? None : $"{Count(cars, "辆")}（公车：{DomainNames.YesNo(report.OfficialCars)}）"));
            }

            if (report.Cost is { } cost)
            {
                facts.Add(new Fact("费用", Count(cost, "元")));
            }

            if (report.GiftMoney is not null || report.GiftItems is not null)
            {
                var handled = report.GiftHandling is { } handling ? $"，{DomainNames.Of(handling)}" : "";
                facts.Add(new Fact("收受管理服务对象、下属礼金礼品", $"礼金 {Count(report.GiftMoney, "元")}，礼品 {Count(report.GiftItems, "件")}{handled}"));
            }

            if (report.PledgeBroken is { } broken)
            {
                facts.Add(new Fact("违诺行为", broken ? $"有：{report.PledgeNote}" : "无"));
            }
        }
        else
        {
            facts.Add(new Fact("实际返回日期", report.ActualReturnDate is { } back ? DomainNames.Date(back) : None));
            if (report.DocumentsHandedBack is { } handedBack)
            {
                facts.Add(new Fact("证照交回", handedBack ? "已交回" : "未交回"));
            }
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

    /// <summary>What the review card says of a new filing (the card is answered with a decision, not 已阅).</summary>
    public static string SubmittedForReview(Staff filer, Filing filing) => $"{Who(filer)}报备了个人事项（{DomainNames.Of(filing.Kind)}）。";

    public static OutboundMessage AmendedNotice(Staff filer, Filing filing) => new(
        $"{Who(filer)}修改了个人事项备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}），修改内容如下，请知悉。",
        "个人事项备案变更通知");

    public static OutboundMessage WithdrawnNotice(Staff filer, Filing filing) => new(
        $"{Who(filer)}撤回了个人事项备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}），原因：{filing.WithdrawalReason}。",
        "个人事项备案撤回通知");

    public static OutboundMessage ReportedNotice(Staff filer, Filing filing) => new(
        $"{Who(filer)}提交了个人事项备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}）的事后报告，该事项已办结。",
        "个人事项事后报告通知");

    /// <summary>The card a reviewer answers from: 同意 / 不同意 / 需补充.</summary>
    public static OutboundMessage ReviewCard(Staff filer, Filing filing, string notice)
    {
        var id = filing.Id.ToString(CultureInfo.InvariantCulture);
        var marks = (filing.IsLate ? $"【{LateMark}】" : "") + (filing.OverScale ? "【超规模】" : "");
        return new OutboundMessage(
            $"{marks}{notice}\n请审核备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}）。",
            ReviewTitle,
            Buttons:
            [
                .. DomainNames.Decisions.Select(d => new MessageButton(d.Value, Actions.Start(DialogIds.ReviewFiling, $"{id}:{d.Key}"))),
            ]);
    }

    /// <summary>The reviewer's decision as the filer hears it; 需补充 carries the button that opens the amendment.</summary>
    public static OutboundMessage DecisionToFiler(Staff reviewer, Filing filing, ReviewDecision decision, string? opinion)
    {
        var text = $"您的备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}）经 {reviewer.Name} 审核：{DomainNames.Of(decision)}。"
            + (opinion is null ? "" : $"审核意见：{opinion}。")
            + decision switch
            {
                ReviewDecision.NeedsMore => "请按意见修改后重新提交，修改后将再次送审。",
                ReviewDecision.Reject => "",
                _ => filing.Kind == FilingKind.TravelAbroad ? "" : "事项结束后请及时提交事后报告。",
            };
        var id = filing.Id.ToString(CultureInfo.InvariantCulture);
        return new OutboundMessage(text, "备案审核结果",
            Buttons: decision == ReviewDecision.NeedsMore ? [new MessageButton("修改备案", Actions.Start(DialogIds.AmendFiling, id))] : null);
    }

    /// <summary>The reviewer's decision as the supervisors receive it for the record.</summary>
    public static OutboundMessage DecisionRecord(Staff filer, Staff reviewer, Filing filing, ReviewDecision decision, string? opinion) => new(
        $"{Who(filer)}的个人事项备案 {Number(filing)}（{DomainNames.Of(filing.Kind)}）经 {reviewer.Name} 审核：{DomainNames.Of(decision)}"
            + (opinion is null ? "。" : $"，意见：{opinion}。"),
        "个人事项备案审核记录");

    /// <summary>The reminder to a reviewer who has not acted.</summary>
    public static OutboundMessage ReviewReminder(Staff filer, Filing filing, int workingDays) =>
        ReviewCard(filer, filing, $"提醒：{Who(filer)}的个人事项备案已提交 {workingDays} 个工作日以上，尚待您审核。");

    /// <summary>A trip whose departure date came before its approval.</summary>
    public static OutboundMessage TripNotApproved(Filing filing) => new(
        $"因私出国（境）备案 {Number(filing)}（{filing.Destination}，{DomainNames.Date(filing.EventDate)} 出发）到出发日期仍未获审核同意（{DomainNames.Of(filing.Status)}），未经批准不得出行。",
        "出国（境）未获批准提醒");

    private static string Who(Staff staff) => staff.Section is { } section ? $"{section.Name} {staff.Name} " : $"{staff.Name} ";

    private static string Count(int? value, string unit) =>
        value is { } n ? n.ToString(CultureInfo.InvariantCulture) + unit : None;
}
