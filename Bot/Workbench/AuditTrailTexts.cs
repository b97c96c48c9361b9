using System.Globalization;
using Lianzheng.Core.Announcements;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.Workbench;

/// <summary>What the 审计日志 page says: the names of the actions and of the kinds of record, the search and the
/// verification's answer.</summary>
public static class AuditTrailTexts
{
    public const string Title = "审计日志";
    public const string Intro = "机器人对备案、谈话、审计项目、证照、廉政提醒等的每一次写入都记入审计日志，每条记录带有前一条的签名（HMAC-SHA256），" +
        "删改任何一条都会被核验发现。下表只列出谁在何时对哪条记录做了什么；个人事项的内容请在该记录的页面查看（查看会记入查阅记录）。";
    public const string Actor = "操作人";
    public const string ActorHint = "姓名";
    public const string Action = "操作";
    public const string Record = "记录";
    public const string RecordKind = "记录类型";
    public const string RecordNumber = "编号";
    public const string From = "从";
    public const string To = "至";
    public const string Number = "序号";
    public const string At = "时间";
    public const string System = "系统（自动）";
    public const string Verify = "立即核验审计日志";
    public const string VerifyHint = "从第一条到最后一条逐条核验签名与顺序，核对锚点文件，并把备案、谈话、审计项目等记录与其最后一条审计记录所记的内容逐一比对。";
    public const string Intact = "审计日志完好";
    public const string Broken = "审计日志有问题";
    public const string FirstProblem = "发现的第一个问题";
    public const string MoreProblems = "其他问题";
    public const string ProblemEntry = "涉及审计记录";
    public const string ProblemRecord = "涉及记录";
    public const string Told = "已通过机器人通知廉政监督员（每天至多一次）。";

    private static readonly Dictionary<string, string> ActionNames = new(StringComparer.Ordinal)
    {
        ["filing.filed"] = "提交备案",
        ["filing.amended"] = "修改备案",
        ["filing.withdrawn"] = "撤回备案",
        ["filing.reported"] = "事后报告",
        ["filing.reviewed"] = "审核备案",
        ["talk.recorded"] = "记录廉政谈话",
        ["custody.registered"] = "证照登记保管",
        ["custody.drawn"] = "领用证照",
        ["custody.returned"] = "交回证照",
        ["custody.due-set"] = "设定证照交回日期",
        ["custody.reminded"] = "催交证照",
        ["custody.return-report-asked"] = "要求报告证照交回",
        ["custody.escalated"] = "证照逾期上报",
        ["project.registered"] = "登记审计项目",
        ["project.talk-recorded"] = "记录进点前廉政谈话",
        ["project.execution-reported"] = "报告审计纪律执行情况",
        ["project.feedback-received"] = "收到廉政回访",
        ["offer.recorded"] = "拒收登记",
        [AnnouncementService.SentAction] = "发送廉政提醒",
        [MessageFollowUps.RemindedAction] = "提醒未确认人员",
        [MessageFollowUps.ResentAction] = "重新发送未送达",
        ["directory.import"] = "导入或修改人员名录",
        [WeCom.WeComDirectorySync.SyncedAction] = "同步企业微信通讯录",
        [Reports.WorkReportFiles.DownloadedAction] = "下载工作情况报告",
        [Core.Holidays.HolidayCalendarStore.ImportedAction] = "导入放假安排",
        [Core.Holidays.HolidayTemplates.SetAction] = "修改节日提醒模板",
        [Core.Holidays.HolidayTemplates.ResetAction] = "恢复默认节日提醒模板",
        [AuditTrail.BaselineAction] = "记录既有记录的现状",
        [AuditTrail.OutsideChangeAction] = "记录机器人之外的修改",
    };

    /// <summary>The actions the search offers, in the order above.</summary>
    public static IEnumerable<(string Code, string Name)> Actions => ActionNames.Select(a => (a.Key, a.Value));

    /// <summary>The kinds of record the search offers: those the trail checks, then the messages, the directory and the reports.</summary>
    public static IEnumerable<(string Type, string Name)> RecordKinds =>
        AuditRecords.CoveredTypes.Append(nameof(OutboxMessage)).Append(nameof(Staff)).Append(Reports.WorkReportFiles.EntityType)
            .Append(Core.Holidays.HolidayCalendarStore.EntityType).Append(Core.Holidays.HolidayTemplates.EntityType).Select(t => (t, KindName(t)));

    public static string ActionName(string action) => ActionNames.GetValueOrDefault(action, action);

    public static string KindName(string entityType) => entityType switch
    {
        nameof(OutboxMessage) => "廉政提醒",
        nameof(Staff) => "人员名录",
        Reports.WorkReportFiles.EntityType => "工作情况报告",
        Core.Holidays.HolidayCalendarStore.EntityType => "放假安排",
        Core.Holidays.HolidayTemplates.EntityType => "节日提醒模板",
        _ => AuditRecords.NameOf(entityType),
    };

    public static string RecordName(string entityType, string entityId) =>
        entityId == "*" ? KindName(entityType) : $"{KindName(entityType)} #{entityId}";

    public static string Matches(int total, int page, int pages) => $"共 {total} 条审计记录，第 {page}/{pages} 页";

    public static string IntactSummary(long entries, long lastEntryId, double milliseconds) =>
        $"共核验 {entries} 条审计记录（最后一条 #{lastEntryId}），用时 {milliseconds.ToString("0", CultureInfo.InvariantCulture)} 毫秒：签名、顺序与锚点均无误。";

    public static string BrokenSummary(long entries, double milliseconds, int problems) =>
        $"核验用时 {milliseconds.ToString("0", CultureInfo.InvariantCulture)} 毫秒，链上完好的审计记录 {entries} 条，发现 {problems} 个问题。";

    public static string RecordsChecked(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.Where(c => c.Value > 0).ToList() is { Count: > 0 } some
            ? "已与审计记录比对：" + string.Join("、", some.Select(c => $"{AuditRecords.NameOf(c.Key)} {c.Value} 件"))
            : "库中还没有需要与审计记录比对的备案、谈话、审计项目等记录。";

    public static string Unstated(int count) => $"另有 {count} 件较早的记录尚无可比对的内容，下次启动时补记后即纳入核验。";

    public static string AnchoredAt(string path) => $"已把最后一条的签名追加到锚点文件 {path}。";
}
