using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Filings;

/// <summary>What 审核备案 and 待审核备案 say.</summary>
internal static class ReviewTexts
{
    public const string ReviewName = "审核备案";
    public const string ReviewHelp = "审核分管范围内人员的个人事项备案：同意、不同意或需补充";
    public const string ReviewTitle = "个人事项备案审核";
    public const string PendingName = "待审核备案";
    public const string PendingHelp = "查看尚待审核的个人事项备案及已等待的天数";
    public const string PendingTitle = "待审核备案";
    public const string NoPending = "目前没有待审核的个人事项备案。";
    public static string PendingText(int count) => $"共有 {count} 条备案待审核（最早提交的在前）：";
    public static string PendingLine(string kind, string filer, string date, int days, string reviewers) =>
        $"{kind} · {filer} · {date} · 已等待 {days} 天 · 审核人：{reviewers}";
    public const string PendingChoose = "点击按钮审核：";
    public const string NotForYou = "只有廉政监督员、党组书记、派驻纪检监察组和班子成员可以查看待审核备案。";
    public static string AskDecision(string number) => $"请审核备案 {number}：";
    public const string AskOptionalOpinion = "请填写审核意见（没有请回复“无”）：";
    public static string AskRequiredOpinion(string decision) => $"您选择了“{decision}”，请填写审核意见（必填，将告知报备人）：";
    public const string ExampleApproval = "同意，请严格控制规模";
    public const string ExampleOpinion = "请补充宴请地点的详细地址";
    public const string NoOpinion = "无";
    public static string OpinionRequired(string decision) => $"“{decision}”必须填写审核意见。";
    public static string Reviewed(string number, string decision) => $"备案 {number} 审核完成：{decision}。已通知报备人和廉政监督员。";
    public static string NotYours(string number) => $"您不是备案 {number} 的审核人。";
    public static string NotPending(string number, string status) => $"备案 {number} 目前不在待审核状态（{status}），无需审核。";
    public const string AlreadyDecided = "已审核或已撤回";

    /// <summary>The filing as its reviewer sees it: who filed it, then its details (the document number masked).</summary>
    public static List<Fact> Facts(Filing filing) =>
        [new("报备人", filing.Filer is { } filer ? (filer.Section is { } section ? $"{section.Name} {filer.Name}" : filer.Name) : ""), .. FilingTexts.Facts(filing)];
}
