namespace Lianzheng.Scheduler.Filings;

/// <summary>What the 事后报告 chasers say to filers.</summary>
internal static class FollowUpTexts
{
    public const string Title = "事后报告提醒";
    public const string Action = "提交事后报告";
    public const string Overdue = "【已逾期】";

    public static string Due(string kind, string eventDate, string deadline) =>
        $"您备案的{kind}（{eventDate}）已经结束，请在 {deadline} 前提交事后报告（实际桌数、人数、收受礼金等情况）。";

    public static string TravelDue(string returned, string deadline) =>
        $"您因私出国（境）预计已于 {returned} 回国，请在 {deadline} 前报告回国情况，并将因私出入境证件交回保管。";
}
