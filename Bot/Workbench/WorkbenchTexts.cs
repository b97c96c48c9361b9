using System.Globalization;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Workbench;

namespace Lianzheng.Bot.Workbench;

/// <summary>What the 工作台 pages say.</summary>
public static class WorkbenchTexts
{
    public const string Product = "廉政助手 · 工作台";
    public const string Overview = "总览";
    public const string Me = "我的记录";
    public const string SignOut = "退出登录";
    public const string LoginTitle = "登录工作台";
    public const string LoginWays = "工作台不设密码，可用以下方式登录：";
    public const string ByLink = "聊天链接";
    public static string LoginHowTo(IReadOnlyList<string> channels) =>
        $"在{(channels.Count == 0 ? "聊天" : string.Join("或", channels))}中向廉政助手发送“工作台”，点击回复中的一次性链接，再点“登录”。";
    public const string WeComChannel = "企业微信";
    public const string TeamsChannel = "Microsoft Teams";
    public const string ByWeCom = "企业微信";
    public const string WeComInApp = "在企业微信中打开本页时，点击下面的按钮即以当前企业微信账号登录。";
    public const string WeComSignIn = "企业微信登录";
    public const string WeComDesktop = "在电脑浏览器中，可用手机企业微信扫描二维码登录。";
    public const string WeComQrSignIn = "企业微信扫码登录";
    public const string ByEntra = "Microsoft 账号（Entra ID）";
    public const string EntraHowTo = "使用本单位的 Microsoft 365 账号（与 Teams 相同的账号）登录。";
    public const string EntraSignIn = "Microsoft 账号登录";
    public const string ByTeamsTab = "Teams 标签页";
    public const string TeamsTabHowTo = "在 Teams 中打开廉政助手的“工作台”标签页，即以您的 Teams 账号自动登录，无需其他操作。";
    public const string TeamsTabSignIn = "以 Teams 账号登录";
    public const string TeamsTabTitle = "在 Teams 中登录工作台";
    public const string TeamsTabWorking = "正在以您的 Teams 账号登录工作台……";
    public const string TeamsTabOutside = "此页面是 Teams 中廉政助手“工作台”标签页的入口，需要在 Teams 中打开。在浏览器中请使用其他登录方式。";
    public const string TeamsTabFailed = "Teams 未能提供您的登录凭据，请稍后重试；首次使用时请按 Teams 的提示同意授权，或在聊天中发送“工作台”获取登录链接。Teams 返回：";
    public const string TeamsTabRefused = "Teams 提供的登录凭据无效或已过期，已拒绝。请关闭标签页后重新打开；仍不能登录时，请在聊天中发送“工作台”获取登录链接。";
    public const string TeamsTabUnavailable = "暂时无法连接 Microsoft 登录服务核对您的身份，请稍后重新打开标签页；也可以在聊天中发送“工作台”获取登录链接。";
    public const string TeamsTabBusy = "登录尝试过于频繁，请一分钟后再打开标签页。";
    public const string TeamsTabForeign = "登录请求不是从工作台的页面发出的，已拒绝。";
    public const string TeamsTabNoScript = "工作台的 Teams 标签页要用脚本完成 Teams 登录，当前已禁用脚本。也可以在聊天中发送“工作台”获取登录链接。";
    public const string OtherWays = "其他登录方式";
    public static string LoginLinkRules(int ticketMinutes, string session) =>
        $"链接 {ticketMinutes} 分钟内有效，只能使用一次，仅限本人使用。登录后无操作 {session}自动退出。";
    public static string Duration(TimeSpan span) => span.TotalHours >= 1 && span.Minutes == 0 ? $"{(int)span.TotalHours} 小时" : $"{(int)span.TotalMinutes} 分钟";
    public const string ConfirmSignIn = "您打开了聊天中发来的登录链接。请点击下面的按钮登录工作台（链接只能使用一次）。";
    public const string SignInButton = "登录";
    public const string SignedOut = "您已退出工作台。";

    public static string Refused(SignInOutcome outcome) => outcome switch
    {
        SignInOutcome.Used => "这个登录链接已经用过了。链接只能使用一次，请在聊天中重新发送“工作台”获取新链接。",
        SignInOutcome.Expired => "这个登录链接已过期，请在聊天中重新发送“工作台”获取新链接。",
        SignInOutcome.Inactive => "您的账号已停用，无法登录工作台。如有疑问请联系廉政监督员。",
        SignInOutcome.WeComFailed => "企业微信登录失败（企业微信返回了错误）。请稍后重试，或在聊天中发送“工作台”获取登录链接。",
        SignInOutcome.WeComUnknown => "没有与这个企业微信账号关联的人员。请联系廉政监督员核对人员名录，或在聊天中发送“工作台”获取登录链接。",
        SignInOutcome.StateMismatch => "登录请求已失效或不是从本浏览器发起的，已拒绝。请在本页重新选择登录方式。",
        SignInOutcome.EntraFailed => "Microsoft 账号登录失败。请稍后重试，或在聊天中发送“工作台”获取登录链接。",
        SignInOutcome.EntraUnknown => "没有与这个 Microsoft 账号关联的人员。请联系廉政监督员核对人员名录，或在聊天中发送“工作台”获取登录链接。",
        _ => "登录链接无效（可能复制不完整）。请在聊天中重新发送“工作台”获取新链接。",
    };

    public static string Scope(WorkbenchScope scope) => scope switch
    {
        WorkbenchScope.Bureau => "查看范围：全局",
        WorkbenchScope.OverseenSections => "查看范围：分管股室人员",
        _ => "查看范围：本人",
    };

    /// <summary>A moment as the bureau's clock shows it, e.g. 2026-12-01 10:00.</summary>
    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string ExportedAt(string at) => $"导出时间：{at}（北京时间）";

    public static string Condition(string label, string value) => $"{label}：{value}";

    public static string Greeting(string name, string roles) => $"{name}（{roles}）";
    public const string FilingsThisYear = "本年度个人事项备案";
    public const string Kind = "类别";
    public const string Status = "状态";
    public const string Count = "件数";
    public const string NoFilings = "本年度暂无备案。";
    public const string MyFilings = "我的个人事项备案";
    public const string MyOffers = "我的拒收、请托登记";
    public const string MyDocuments = "我的因私出国（境）证件";
    public const string MyConfirmations = "我收到的需确认消息";
    public const string Number = "编号";
    public const string EventDate = "日期";
    public const string Place = "地点/目的地";
    public const string OfferedBy = "提出方";
    public const string Description = "内容";
    public const string Handling = "处理方式";
    public const string None = "暂无记录。";
    public const string Filings = "备案台账";
    public const string Year = "年度";
    public const string All = "全部";
    public const string Filter = "筛选";
    public const string Filer = "报告人";
    public const string Section = "股室";
    public const string Flags = "标记";
    public const string Late = "逾期报告";
    public const string OverScale = "超规模";
    public const string Open = "查看";
    public const string Previous = "上一页";
    public const string Next = "下一页";
    public const string Person = "人员";
    public const string PersonHint = "姓名";
    public const string AllYears = "全部年度";
    public const string OverdueReportOnly = "仅看逾期未报告";
    public const string OverdueReport = "逾期未报告";
    public const string Reported = "已报告";
    public const string SortBy = "排序";
    public const string Export = "导出 Excel";
    public const string Subject = "对象";
    public const string EndDate = "结束日期";
    public const string Tables = "桌数";
    public const string Guests = "人数";
    public const string FollowUp = "事后报告";
    public const string CreatedAt = "提交时间";
    public const string Yes = "是";
    public const string PendingReview = "待审核";
    public const string ReportsOverdue = "逾期未报告事后报告";
    public const string DocumentsOverdue = "证件逾期未交回";
    public const string NeedsAttention = "需要关注";
    public const string OverdueOnly = "仅看逾期未交回";
    public const string Exporter = "导出人";

    public static string SortName(FilingSort sort) => sort switch
    {
        FilingSort.Oldest => "日期（从早到晚）",
        FilingSort.Filer => "报告人",
        FilingSort.Status => "状态",
        FilingSort.Number => "编号",
        _ => "日期（从近到远）",
    };

    public static string Flag(bool value) => value ? Yes : "";

    public static string Report(bool reported, bool overdue) => reported ? Reported : overdue ? OverdueReport : "";

    public static readonly IReadOnlyList<string> FilingColumns =
        [Number, Filer, Section, Kind, Subject, EventDate, EndDate, Place, Tables, Guests, Status, Late, OverScale, FollowUp, CreatedAt];

    /// <summary>The 备案台账 export's conditions, one per line: year, each filter in force, the order, the scope, the exporter.</summary>
    public static IReadOnlyList<string> FilingConditions(FilingFilter filter, string? section, WorkbenchScope scope, string exporter)
    {
        var lines = new List<string> { Condition(Year, filter.Year?.ToString(CultureInfo.InvariantCulture) ?? AllYears) };
        if (filter.Kind is { } kind)
        {
            lines.Add(Condition(Kind, DomainNames.Of(kind)));
        }

        if (filter.Status is { } status)
        {
            lines.Add(Condition(Status, DomainNames.Of(status)));
        }

        if (section is not null)
        {
            lines.Add(Condition(Section, section));
        }

        if (filter.Person is { } person)
        {
            lines.Add(Condition(Person, person));
        }

        if (filter.OverdueReport)
        {
            lines.Add(Condition(FollowUp, OverdueReport));
        }

        lines.Add(Condition(SortBy, SortName(filter.Sort)));
        lines.Add(Scope(scope));
        lines.Add(Condition(Exporter, exporter));
        return lines;
    }

    public static string Matches(int total, int page, int pages) => $"共 {total} 件，第 {page}/{pages} 页";
    public static string FilingTitle(int id) => $"备案 #{id}";
    public const string Details = "备案内容";
    public const string Reviews = "审核意见";
    public const string Reviewer = "审核人";
    public const string Decision = "结论";
    public const string Opinion = "意见";
    public const string DecidedAt = "时间";
    public const string History = "办理记录（审计日志）";
    public const string Actor = "操作人";
    public const string Action = "操作";
    public const string System = "系统";
    public const string Views = "查阅记录";
    public const string Reports = "工作报告";
    public const string ReportPeriodLabel = "期间";
    public const string WholeYear = "全年";
    public const string ShowReport = "查看";
    public const string DownloadWord = "下载 Word 报告";
    public const string DownloadExcel = "下载 Excel 数据";
    public const string ReportHint = "Word 报告含标题、各项数字的说明和表格，文字部分可在 Word 中修改；Excel 每张表一页。每次下载记入审计日志。";
    public const string Viewer = "查阅人";
    public const string Owner = "记录所属";
    public const string Record = "记录";
    public const string NotFoundTitle = "未找到";
    public const string NotFound = "没有这条记录，或不在您的查看范围内。";

    public static string ActionName(string action) => action switch
    {
        "filing.filed" => "提交备案",
        "filing.reviewed" => "审核",
        "filing.amended" => "修改备案",
        "filing.withdrawn" => "撤回",
        "filing.reported" => "提交事后报告",
        _ => action,
    };
    public const string ReviewForm = "审核";
    public const string ReviewHint = "同意时意见可不填；不同意或需补充时必须填写意见，将告知报备人。";
    public const string ChooseDecision = "请选择审核结论。";
    public static string OpinionRequired(string decision) => $"“{decision}”必须填写审核意见。";
    public static string OpinionTooLong(int max) => $"审核意见请不要超过 {max} 字。";

    /// <summary>What a review from the page came to (the outcome's name, lower case, from the redirect).</summary>
    public static string? ReviewNotice(string outcome) => outcome switch
    {
        "done" => "审核完成，已通知报备人和廉政监督员。",
        "notpending" => "这件备案已不在待审核状态（可能已由他人审核或已撤回），本次未作改动。",
        "notreviewer" => "您不是这件备案的审核人，本次未作改动。",
        _ => null,
    };
    public const string Documents = "证照台账";
    public const string Holder = "持有人";
    public const string DocumentType = "证件类型";
    public const string DocumentNumber = "证件号码";
    public const string Where = "状态";
    public const string DrawnOn = "领取";
    public const string DueOn = "应交回";
    public const string ReturnedOn = "交回";
    public const string Overdue = "逾期未交回";
    public const string InCustody = "在柜";
    public const string DrawnOut = "已领取";
    /// <summary>Where a travel document is: 在柜 or 已领取, and （逾期未交回） when it is late back.</summary>
    public static string DocumentWhere(Lianzheng.Core.Travel.TravelDocumentState state, bool overdue) =>
        (state == Lianzheng.Core.Travel.TravelDocumentState.InCustody ? InCustody : DrawnOut) + (overdue ? $"（{Overdue}）" : "");

    /// <summary>Names in a line, as Chinese lists them: 甲、乙、丙.</summary>
    public static string Names(IEnumerable<string> names) => string.Join("、", names);

    /// <summary>A project's name is followed by （重大项目） when it is a major one.</summary>
    public static string MajorMark(bool major) => major ? $"（{Major}）" : "";

    /// <summary>A pre-audit talk's summary is followed by （审计项目：…）.</summary>
    public static string ProjectMark(string? project) => project is null ? "" : $"（{Project}：{project}）";

    public static readonly IReadOnlyList<string> DocumentColumns = [Holder, Section, DocumentType, DocumentNumber, Where, DrawnOn, DueOn, ReturnedOn];
    public const string Talks = "廉政谈话";
    public const string TalkMatrix = "谈话任务完成情况";
    public static string TalkMatrixOf(int year) => $"{year} 年度谈话任务完成情况";
    public const string TalkMatrixHint = "每格为本年度已谈次数/应谈次数；颜色按谈话提醒的时间节点判断。";
    public const string TalkList = "谈话记录";
    public const string Leader = "谈话人";
    public const string Participants = "谈话对象";
    public const string TalkKindLabel = "谈话类型";
    public const string TalkFormLabel = "形式";
    public const string Summary = "谈话要点";
    public const string TalkDate = "谈话日期";
    public const string RecordedAt = "记录时间";
    public const string Project = "审计项目";
    public const string NoTalkPairs = "暂无谈话任务。";
    public const string MyTalks = "我参加的廉政谈话";
    public static string PairsIn(TalkStatus status, int count) => $"{TalkStatusName(status)} {count} 项";

    public static string TalkStatusName(TalkStatus status) => status switch
    {
        TalkStatus.Overdue => "逾期未完成",
        TalkStatus.DueSoon => "即将到期",
        _ => "进度正常",
    };

    /// <summary>The CSS class of a matrix cell (the colours are in the layout's style).</summary>
    public static string TalkStatusClass(TalkStatus status) => status switch
    {
        TalkStatus.Overdue => "talk-overdue",
        TalkStatus.DueSoon => "talk-due",
        _ => "talk-ok",
    };

    public static string TalkCount(int held, int required) => $"{held}/{required}";

    public static string FormName(TalkForm form) => form == TalkForm.Collective ? "集体谈话" : "个别谈话";

    public static string TalkMatches(int total, int page, int pages) => $"共 {total} 次谈话，第 {page}/{pages} 页";

    public static readonly IReadOnlyList<string> TalkColumns = [TalkDate, TalkKindLabel, TalkFormLabel, Leader, Participants, Summary, Project, RecordedAt];

    /// <summary>The talk export's conditions: year, leader and kind when filtered, the scope, the exporter.</summary>
    public static IReadOnlyList<string> TalkConditions(TalkFilter filter, string? leader, WorkbenchScope scope, string exporter)
    {
        var lines = new List<string> { Condition(Year, filter.Year?.ToString(CultureInfo.InvariantCulture) ?? AllYears) };
        if (leader is not null)
        {
            lines.Add(Condition(Leader, leader));
        }

        if (filter.Kind is { } kind)
        {
            lines.Add(Condition(TalkKindLabel, DomainNames.Of(kind)));
        }

        lines.Add(Scope(scope));
        lines.Add(Condition(Exporter, exporter));
        return lines;
    }

    public const string Projects = "审计项目";
    public const string CurrentProjects = "进行中及待进场的审计项目";
    public const string ProjectName = "项目名称";
    public const string Major = "重大项目";
    public const string EnterOn = "进场";
    public const string LeaveOn = "离场";
    public const string TeamLeader = "审计组长";
    public const string ResponsibleLeader = "分管领导";
    public const string PreAuditTalk = "审前谈话";
    public const string Commitments = "廉政承诺";
    public const string NotCommitted = "未承诺";
    public const string ExecutionReport = "执行情况报告";
    public const string Feedback = "廉政回访";
    public const string FeedbackIssues = "回访反映问题";
    public const string NotRecorded = "未记录";
    public const string NotNeeded = "不适用";
    public const string NotReported = "未报告";
    public const string ReminderNotSent = "提醒未发送";
    public const string Team = "审计组";
    public const string TeamMember = "成员";
    public const string TeamLeaderMark = "（组长）";
    public const string KeptDiscipline = "遵守纪律";
    public const string Lapsed = "有违反";
    public const string Incident = "问题情况";
    public const string IncidentPeople = "涉及人员";
    public const string IncidentHandling = "处理情况";
    public const string ReportedBy = "报告人";
    public const string ReportedAt = "报告时间";
    public const string NoIncident = "无";
    public const string SubmittedAt = "提交时间";
    public const string Rating = "总体评价";
    public const string Remarks = "其他意见";
    public const string Contact = "联系方式";
    public const string NoIssue = "无";
    public static string HasIssue(string details) => $"有：{details}";
    public const string NoFeedback = "暂无回访答复。";

    public static string ProjectTitle(string name) => $"审计项目：{name}";

    public static string Committed(int committed, int team) => $"{committed}/{team}";

    /// <summary>The team's commitments on a project's line: n/m and who has not, or that the reminder is not sent yet.</summary>
    public static string CommitmentLine(ProjectRow row) =>
        (row.ReminderSent ? Committed(row.Committed, row.Team) : ReminderNotSent)
        + (row.NotCommitted.Count > 0 ? $"（{NotCommitted}：{string.Join("、", row.NotCommitted)}）" : "");

    /// <summary>The pre-audit talk's day; while there is none, 未记录 for a major project (which must have one), else 不适用.</summary>
    public static string TalkHeld(DateOnly? heldOn, bool major) =>
        heldOn is { } on ? DomainNames.Date(on) : major ? NotRecorded : NotNeeded;

    public static string ReportLine(ProjectReport? report) =>
        report is null ? NotReported : $"遵守 {report.Kept} 人，违反 {report.Lapses} 人" + (report.Incident ? "，有问题情况" : "，无问题情况");

    public static string FeedbackLine(int answers, int withIssues) => answers == 0 ? "0" : $"{answers} 份（反映问题 {withIssues} 份）";

    public static string ProjectMatches(int total, int page, int pages) => $"共 {total} 个项目，第 {page}/{pages} 页";

    public static readonly IReadOnlyList<string> ProjectColumns =
        [Number, ProjectName, Major, EnterOn, LeaveOn, TeamLeader, ResponsibleLeader, PreAuditTalk, Commitments, NotCommitted, ExecutionReport,
            Incident, Feedback, FeedbackIssues];

    public static IReadOnlyList<string> ProjectConditions(ProjectFilter filter, WorkbenchScope scope, string exporter) =>
        [Condition(Year, filter.Year?.ToString(CultureInfo.InvariantCulture) ?? AllYears), Scope(scope), Condition(Exporter, exporter)];
    public const string Messages = "廉政提醒";
    public const string Sent = "发送时间";
    public const string Sender = "发送人";
    public const string Title = "标题";
    public const string Recipients = "对象";
    public const string Reached = "已送达";
    public const string Confirmed = "已确认";
    public const string NoConfirmation = "无需确认";
    public static string MessageTitle(long id) => $"廉政提醒 #{id}";
    public const string MessageText = "内容";
    public const string ConfirmButton = "确认按钮";
    public const string Deliveries = "送达与确认情况";
    public const string Recipient = "收件人";
    public const string Channel = "渠道";
    public const string Reason = "说明";
    public const string DeliveredAt = "送达时间";
    public const string ConfirmedAt = "确认时间";
    public const string NotConfirmed = "未确认";
    public static string DeliveryMatches(int total, int page, int pages) => $"共 {total} 条，第 {page}/{pages} 页";
    public const string RemindUnconfirmed = "提醒未确认";
    public const string RemindHint = "立即向还没有确认的人再发一次提醒（与机器人次日自动发送的提醒相同）。";
    public const string ResendUndelivered = "重发未送达";
    public const string ResendHint = "向还没有收到的人重新发送（现在能联系上的渠道）；已收到的人不会重复收到，仍在排队的不受影响。";
    public const string NewMessage = "新建提醒";
    public const string ActRefusedTitle = "无权操作";
    public const string ActRefused = "只有廉政监督员可以发送、提醒和重发廉政提醒。您可以查看，但不能操作。";
    public const string BadSubmission = "这个表单已失效，请刷新页面后重试。";
    public static string Reminded(int people) => people == 0 ? "所有人都已确认，没有需要提醒的人。" : $"已向 {people} 位未确认的人发送提醒。";
    public static string RemindedBefore(int people) => $"这次提交已经处理过（已提醒 {people} 人），没有重复发送。";
    public static string Resent(int people, int unreachable) =>
        (people == 0 ? "没有需要重发的人：其余的人都已收到或仍在排队。" : $"已安排向 {people} 人重新发送。")
        + (unreachable > 0 ? $"另有 {unreachable} 人目前仍没有可用的渠道。" : "");
    public const string MessageSent = "提醒已发送，下面是送达与确认情况。";
    public const string Compose = "新建廉政提醒";
    public const string ComposeHint = "与在聊天中发送“发送廉政提醒”相同：收件人在各自使用的渠道收到，送达与确认情况在这里跟踪。";
    public const string Audience = "发送给";
    public const string AudienceEveryone = "全体人员";
    public const string AudienceSection = "某个股室";
    public const string AudienceLeaders = "班子成员";
    public const string NeedsConfirmation = "需要收件人点击“已阅”确认（未确认的人次日会再提醒一次）";
    public const string PreviewButton = "预览";
    public const string Preview = "请核对";
    public static string PreviewAudience(string audience, int people) => $"{audience}（{people} 人）";
    public const string WithConfirmation = "需要确认";
    public const string SendButton = "确认发送";
    public const string EditButton = "返回修改";
    public const string TitleRequired = "请填写标题（不超过 40 字）。";
    public const string TextRequired = "请填写提醒内容（不超过 1000 字）。";
    public const string SectionRequired = "请选择股室。";
    public const string NobodyInAudience = "这个范围内没有在岗人员，没有发送。";

    public static string ChannelName(string channel) => channel switch
    {
        Lianzheng.Core.Messaging.Channels.WeCom => "企业微信",
        Lianzheng.Core.Messaging.Channels.Teams => "Teams",
        Lianzheng.Core.Messaging.Channels.Local => "本地聊天",
        _ => "无可用渠道",
    };

    public static string StateName(DeliveryState state) => state switch
    {
        DeliveryState.Queued => "排队中",
        DeliveryState.Waiting => "等待重试",
        DeliveryState.Delivered => "已送达",
        DeliveryState.Unreachable => "无法送达",
        _ => "发送失败",
    };

    public static string FilterName(DeliveryFilter filter) => filter switch
    {
        DeliveryFilter.Unconfirmed => "未确认",
        DeliveryFilter.Confirmed => "已确认",
        DeliveryFilter.NotReached => "未送达",
        DeliveryFilter.Queued => StateName(DeliveryState.Queued),
        DeliveryFilter.Waiting => StateName(DeliveryState.Waiting),
        DeliveryFilter.Delivered => StateName(DeliveryState.Delivered),
        DeliveryFilter.Unreachable => StateName(DeliveryState.Unreachable),
        DeliveryFilter.Failed => StateName(DeliveryState.Failed),
        _ => All,
    };

    /// <summary>Why a delivery stands where it does, for those that did not simply go through.</summary>
    public static string? Why(RecipientDelivery row, TimeZoneInfo zone) => row.State switch
    {
        DeliveryState.Unreachable when row.Channel == Lianzheng.Core.Outbox.Delivery.NoChannel => "没有可用的渠道（未绑定企业微信或 Teams）",
        DeliveryState.Unreachable or DeliveryState.Failed => $"渠道答复：{row.Reason}",
        DeliveryState.Waiting when row.Reason == "throttled" => $"渠道限流，{When(row.NextAttemptAt, zone)}重试",
        DeliveryState.Waiting => $"暂时失败（{row.Reason}），{When(row.NextAttemptAt, zone)}重试（已试 {row.Attempts} 次）",
        _ => null,
    };

    private static string When(DateTimeOffset? at, TimeZoneInfo zone) => at is { } next ? Local(next, zone) + " " : "稍后";

    public const string MessagesThisYear = "廉政提醒";
    public static string MessageRatesLine(int year, int messages) => $"{year}年共发出节假日及廉政提醒 {messages} 条";
    public const string DeliveryRate = "送达率";
    public const string ConfirmationRate = "确认率";
    public static string Rate(int? percent, int part, int whole) => percent is { } p ? $"{p}%（{part}/{whole} 人次）" : "—";
    public const string NextHoliday = "下一个节假日";
    public static string NextHolidayLine(string name, string firstOffDay, string lastOffDay, string sendDate, bool official) =>
        $"{name}：{firstOffDay}至{lastOffDay}放假{(official ? "" : "（按法定假日推算）")}，廉政提醒将于{sendDate}发送";
    public const string NoHoliday = "日历中暂无后续节假日。";

    public static string KindName(string kind) => kind switch
    {
        "holiday" => "节假日提醒",
        "integrity" => "廉政提醒",
        "reminder" => "再提醒",
        "filing-notice" => "备案通知",
        "filing-review" => "备案审核",
        "talk-due" or "secretary-talk-due" => "谈话提醒",
        "talk-follow-up" => "谈话跟进",
        "preaudit-talk-due" => "审前谈话提醒",
        "preaudit-reminder" => "审计纪律提醒",
        "preaudit-talk-missing" => "审前谈话未开展",
        "discipline-notice" => "审计纪律告知书",
        "execution-report-due" or "execution-report" => "执行情况报告",
        "audit-feedback" => "廉政回访",
        "follow-up" => "事后报告催办",
        "declined-offer" => "拒收登记",
        "document-custody" => "证照保管",
        _ => kind,
    };
}
