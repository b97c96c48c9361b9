using Lianzheng.Core.Texts;

namespace Lianzheng.Scheduler.Travel;

/// <summary>What the chasers of travel documents say: to the traveller, the custodian and the overseeing leader.</summary>
internal static class DocumentReturnTexts
{
    public const string Title = "因私出国（境）证照交回提醒";
    public const string EscalationTitle = "因私出国（境）证照逾期未交回";
    public const string ReportAction = "报告实际返回日期";

    public static string DueSet(string document, DateOnly back, DateOnly due) =>
        $"您已报告于 {DomainNames.Date(back)} 回国（境）。请于 {DomainNames.Date(due)} 前将{document}交回证照保管员。";

    public static string ReportReturn(string trip, DateOnly plannedBack, string document) =>
        $"您的因私出国（境）备案 {trip} 计划于 {DomainNames.Date(plannedBack)} 返回，您领取的{document}尚未交回。" +
        "请先在“事后报告”中报告实际返回日期，证件交回期限从实际返回日期起算。";

    public static string OverdueToTraveller(string document, DateOnly due, string custodians) =>
        $"【已逾期】您领取的{document}应于 {DomainNames.Date(due)} 前交回，至今未交回。请尽快交回证照保管员{custodians}。";

    public static string OverdueToCustodian(string traveller, string trip, string document, DateOnly due) =>
        $"【已逾期】{traveller}为备案 {trip} 领取的{document}应于 {DomainNames.Date(due)} 前交回，至今未交回。收到时请点击“登记交回”。";

    public static string Escalation(string traveller, string trip, string document, DateOnly due, int overdueDays) =>
        $"{traveller}为因私出国（境）备案 {trip} 领取的{document}应于 {DomainNames.Date(due)} 前交回证照保管员，已逾期 {overdueDays} 天仍未交回，" +
        "请督促其尽快交回。";
}
