using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Talks;

namespace Lianzheng.Bot.Workbench;

/// <summary>What the 设置 page says: what each rule decides, its value in words, and where the value comes from.</summary>
public static class SettingsTexts
{
    public const string Title = "设置";
    public const string Intro = "机器人当前执行的规则及其取值来源。这些规则属于部署配置，本页只读：如需修改，请部署人员在 appsettings.json 或环境变量中" +
        "修改相应的键（环境变量把冒号写作两个下划线，如 Filings__MaxTables），并重启机器人。启动时会校验取值，不合规的设置无法启动并给出原因。";
    public const string Setting = "规则";
    public const string Value = "当前值";
    public const string Source = "来源";
    public const string Key = "配置键";

    public const string Bureau = "单位";
    public const string Filings = "个人事项备案";
    public const string Travel = "因私出国（境）证照";
    public const string Talks = "廉政谈话";
    public const string Holidays = "节假日廉政提醒";
    public const string Projects = "审计项目";

    public const string Default = "默认值";
    public const string CommandLine = "命令行参数";
    public const string InProcess = "程序内设置";
    public const string Unknown = "未知";

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Bureau:Name"] = "单位名称（用于消息和报告）",
        ["Bureau:TimeZone"] = "时区",
        ["Filings:Review"] = "备案是否须审核",
        ["Filings:LeadWorkingDays"] = "婚嫁、其他喜庆事宜须提前报告",
        ["Filings:FuneralReportWithinDays"] = "丧事可在事后几天内报告",
        ["Filings:MaxTables"] = "规模上限：桌数",
        ["Filings:MaxGuests"] = "规模上限：人数",
        ["Filings:MaxGuestsJoint"] = "规模上限：同城合办婚礼人数",
        ["Filings:ReviewReminderWorkingDays"] = "审核人未处理时提醒",
        ["Filings:ReportWithinDays"] = "事后报告期限（事后或计划返回后）",
        ["Travel:DocumentReturnDays"] = "证照交回期限（实际返回后）",
        ["Travel:EscalateAfterDays"] = "证照逾期多久告知分管领导",
        ["Talks:RequiredPerYear"] = "班子成员每年与分管股室负责人谈话",
        ["Talks:Checkpoints"] = "谈话检查时间节点",
        ["Talks:NoticeDaysBefore"] = "节点前几天提醒落后的领导",
        ["Talks:CountPreAuditTalks"] = "审前集体廉政谈话计入谈话任务",
        ["Talks:SecretaryWithLeadersPerYear"] = "党组书记每年与班子成员谈话",
        ["Talks:MinSummaryLength"] = "谈话要点最少字数",
        ["Holidays:WorkdaysBefore"] = "节前几个工作日发送廉政提醒",
        ["Holidays:SendAt"] = "发送时间",
        ["Holidays:ReminderAfter"] = "未确认者多久后再提醒一次",
        ["Holidays:ConfirmLabel"] = "确认按钮文字",
        ["AuditProjects:ReportingPhone"] = "举报电话（印在审计纪律告知书上）",
        ["AuditProjects:FeedbackDays"] = "廉政回访在离场后开放",
    };

    public static string Label(string key) => Labels.GetValueOrDefault(key, key);

    public static string File(string path) => "配置文件 " + Path.GetFileName(path);

    public static string Environment(string variable) => "环境变量 " + variable;

    public static string Review(ReviewMode mode) => mode == ReviewMode.Required ? "须审核（按干部管理权限，Required）" : "只通知并“已阅”（NoticeOnly）";

    public static string WorkingDays(int days) => $"{days} 个工作日";

    public static string Days(int days) => $"{days} 天";

    public static string Times(int times) => times == 0 ? "不要求（0）" : $"{times} 次";

    public static string Characters(int count) => $"{count} 字";

    public static string Limit(int limit, string unit) => limit == 0 ? "不限（0）" : $"{limit} {unit}";

    public static string YesNo(bool value) => value ? "是" : "否";

    public static string OrNone(string value) => value.Length == 0 ? "（未设置，告知书不印此行）" : value;

    public static string TimeOfDay(TimeOnly at) => at.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan span) =>
        span.TotalDays >= 1 && span.Ticks % TimeSpan.TicksPerDay == 0 ? $"{span.TotalDays:0} 天"
        : span.Ticks % TimeSpan.TicksPerHour == 0 ? $"{span.TotalHours:0} 小时"
        : $"{span.TotalMinutes:0} 分钟";

    public static string Checkpoints(IEnumerable<TalkCheckpoint> checkpoints) =>
        string.Join("；", checkpoints.Select(c => $"{c.Month}月{c.Day}日前 {c.Count} 次"));
}
