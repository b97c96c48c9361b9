namespace Lianzheng.Bot.AuditProjects;

/// <summary>What the public 廉政回访 page says (the topics' questions and the ratings are <c>AuditProjectTexts</c>).</summary>
internal static class FeedbackTexts
{
    public const string Title = "廉政回访";
    public static string ProjectLine(string project) => $"审计项目：{project}";
    public const string Intro = "为加强审计廉政建设，请贵单位如实反映审计组在审计期间执行审计纪律的情况。";
    public static string OpenUntil(string date) => $"请在 {date}（含当日）前填写。";
    public static string Recipient(string bureau) => $"您的回答将直接送交{bureau}廉政监督员。联系方式可不填写。";
    public static string Phone(string phone) => $"举报电话：{phone}";

    public const string Yes = "有";
    public const string No = "无";
    public const string DetailsLabel = "如选择“有”，请说明时间、人员和具体情况";
    public const string RatingLegend = "对审计组廉洁自律情况的总体评价";
    public const string RemarksLabel = "其他意见或建议（选填）";
    public const string ContactLabel = "联系人及联系方式（选填）";
    public const string ContactHint = "如愿意接受回访核实，可留下姓名和电话。";
    public const string Submit = "提交";
    public static string MaxLength(int max) => $"最多 {max} 字";

    public const string ErrorSummary = "提交未成功，请按标出的提示修改后重新提交。";
    public const string TopicUnanswered = "请选择“有”或“无”。";
    public const string DetailsRequired = "选择“有”时，请说明具体情况。";
    public static string TooLong(int max) => $"内容过长，最多 {max} 字，请精简。";
    public const string RatingRequired = "请选择总体评价。";

    public const string ThanksTitle = "提交成功";
    public const string Thanks = "感谢您对审计工作的监督！";
    public static string ThanksRecipient(string bureau) => $"您的回访意见已送交{bureau}廉政监督员。";

    public const string NotFoundTitle = "页面不存在";
    public const string NotFound = "链接无效。请核对审计纪律告知书上的二维码或链接后重试。";

    public const string ExpiredTitle = "回访已结束";
    public static string Expired(string date) => $"本项目的廉政回访已于 {date} 结束。";
    public static string ExpiredPhone(string phone) => $"如需反映情况，请拨打举报电话：{phone}";

    public const string StaleTitle = "页面已过期";
    public const string Stale = "页面已过期，请刷新后重新填写。";
    public const string StaleKept = "页面已过期，您的回答尚未提交。已填写的内容已保留，请核对后再次点击提交。";
    public const string Reopen = "重新打开问卷";

    public const string TooLargeTitle = "内容过多";
    public const string TooLarge = "提交的内容超过了允许的大小，请精简后重新填写。";

    public const string TooManyTitle = "操作过于频繁";
    public static string TooMany(int minutes) => $"操作过于频繁，请约 {minutes} 分钟后再试。";
}
