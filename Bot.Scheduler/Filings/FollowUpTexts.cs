namespace Lianzheng.Scheduler.Filings;

/// <summary>What the 事后报告 chasers say to filers.</summary>
internal static class FollowUpTexts
{
    public const string Title = "事后报告提醒";
    public const string Action = "提交事后报告";
    public const string Overdue = "【已逾期】";

    public static string Due(string kind, string eventDate, string deadline) =>
        $"您备案的{kind}（{eventDate}）已经结束，请在 {deadline} 前提交事后报告：实际桌数和人数，宴请范围（亲属/同事/朋友/管理服务对象），"
        + "用车数量及有无公车，费用，收受管理服务对象或下属礼金（元）、礼品（件）及处理情况（退还/上交/登记），有无违诺行为。";

    public static string TravelDue(string returned, string deadline) =>
        $"您因私出国（境）预计已于 {returned} 回国，请在 {deadline} 前提交事后报告，报告实际回国日期。";
}
