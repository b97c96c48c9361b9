using System.Globalization;
using Lianzheng.Core.Reports;

namespace Lianzheng.Bot.Reports;

/// <summary>What the work report says: its title, its section headings and prose with the figures, and the tables'
/// headers (the same in the .docx and the .xlsx).</summary>
public static class ReportTexts
{
    public const string Filings = "个人有关事项报告";
    public const string Trips = "因私出国（境）及证照管理";
    public const string Talks = "廉政谈话";
    public const string Projects = "审计项目廉政工作";
    public const string Messages = "廉政提醒";
    public const string Offers = "拒收和请托登记";
    public const string Feedback = "廉政回访";
    public const string Prose = "（以上数字由廉政助手根据系统记录生成；文字部分请根据实际工作情况补充修改。）";
    public const string Yes = "是";
    public const string No = "否";
    public const string None = "—";
    public const string Total = "合计";
    public const string NotTalked = "未谈";
    public const string Reported = "已报告";
    public const string NotReported = "未报告";
    public const string FilingsChart = "个人有关事项报告：按时与逾期";
    public const string OnTimeLegend = "按时报告";
    public const string LateLegend = "逾期报告";
    public const string MessagesChart = "廉政提醒送达率与确认率（%）";
    public const string ReachedLegend = "送达率";
    public const string ConfirmedLegend = "确认率";

    private static readonly string[] Quarters = ["第一季度", "第二季度", "第三季度", "第四季度"];

    public static string QuarterName(int quarter) => Quarters[quarter - 1];

    public static string PeriodName(ReportPeriod period) =>
        period.Quarter is { } q ? $"{period.Year}年{QuarterName(q)}" : $"{period.Year}年度";

    public static string Title(string bureau, ReportPeriod period) => $"{bureau}{PeriodName(period)}党风廉政建设工作情况报告";

    public static string FileName(string bureau, ReportPeriod period, string extension) => $"{bureau}{PeriodName(period)}党风廉政建设工作情况报告.{extension}";

    public static string Subtitle(ReportPeriod period, DateOnly asOf) =>
        $"统计期间：{Date(period.First)}至{Date(period.Last)}；数据截至{Date(asOf)}";

    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Heading(int number, string title) => $"{"一二三四五六七八九十"[number - 1]}、{title}";

    public static string Percent(int part, int whole) =>
        whole == 0 ? None : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    public static string FilingsProse(int filed, int withdrawn, int onTime, int late, int overScale, int due, int reportedOnTime, int reportedLate, int missing) =>
        $"本期婚丧喜庆及因私出国（境）等个人有关事项共报告 {filed} 件（另撤回 {withdrawn} 件），其中按时报告 {onTime} 件、逾期报告 {late} 件，" +
        $"超出规模标准并说明原因的 {overScale} 件。应在事后报告的 {due} 件中，按时报告 {reportedOnTime} 件、逾期报告 {reportedLate} 件、至今未报告 {missing} 件。";

    public static string TripsProse(TripFigures trips) =>
        $"本期报告因私出国（境）{trips.Trips} 人次，经审核同意 {trips.Approved} 人次；领取证照 {trips.Drawn} 次，按期交回 {trips.ReturnedOnTime} 次、" +
        $"逾期交回 {trips.ReturnedLate} 次，尚未交回 {trips.Out} 次（其中已逾期 {trips.OutOverdue} 次）。";

    public static string TalksProse(int pairs, int done, int heldInPeriod) =>
        $"应开展廉政谈话的谈话关系 {pairs} 对，本年已完成年度谈话任务 {done} 对；本期共谈话 {heldInPeriod} 人次。";

    public static string ProjectsProse(int projects, int major, int talks, int team, int committed, int reports) =>
        $"本期进场审计项目 {projects} 个（其中重大项目 {major} 个），重大项目开展审前廉政谈话 {talks} 个；审计组成员应作廉政承诺 {team} 人次，" +
        $"已承诺 {committed} 人次；提交审计纪律执行情况报告 {reports} 份。";

    public static string MessagesProse(int messages, int people, int reached, int asked, int confirmed) =>
        $"本期发送廉政提醒 {messages} 次，对象 {people} 人次，送达 {reached} 人次（送达率 {Percent(reached, people)}）；需确认的对象 {asked} 人次，" +
        $"已确认 {confirmed} 人次（确认率 {Percent(confirmed, asked)}）。";

    public static string OffersProse(int count, int value) => $"本期登记拒收、上交礼金礼品和宴请及请托事项 {count} 件，估值合计 {value} 元。";

    public static string FeedbackProse(FeedbackFigures feedback, string ratings) =>
        $"本期收到被审计单位廉政回访 {feedback.Answers} 份，其中反映问题的 {feedback.WithIssues} 份；总体评价：{ratings}。";

    public static readonly string[] FilingHeaders = ["类别", "报告件数", "撤回", "按时报告", "逾期报告", "超规模", "应作事后报告", "事后按时报告", "事后逾期报告", "事后未报告"];
    public static readonly string[] TripHeaders = ["报告人次", "审核同意", "领取证照", "按期交回", "逾期交回", "尚未交回", "其中已逾期"];
    public static readonly string[] TalkHeaders = ["谈话人", "谈话对象", "股室", "本期谈话", "本年累计", "年度应谈", "完成情况"];
    public static readonly string[] ProjectHeaders = ["审计项目", "重大项目", "进场日期", "离场日期", "审前廉政谈话", "审计组人数", "已作廉政承诺", "执行情况报告", "廉政回访（份）", "其中反映问题"];
    public static readonly string[] MessageHeaders = ["发送日期", "标题", "对象人数", "已送达", "送达率", "需确认", "已确认", "确认率"];
    public static readonly string[] OfferHeaders = ["类别", "件数", "估值（元）"];
    public static readonly string[] FeedbackHeaders = ["总体评价", "份数"];

    public static string TalkDone(int held, int perYear) =>
        perYear == 0 ? "不在年度谈话任务内" : held >= perYear ? "已完成" : $"差 {perYear - held} 次";
}
