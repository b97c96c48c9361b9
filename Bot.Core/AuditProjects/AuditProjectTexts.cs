namespace Lianzheng.Core.AuditProjects;

/// <summary>What the bot says about audit projects and their pre-audit integrity duties.</summary>
public static class AuditProjectTexts
{
    public const string TalkDueTitle = "审前廉政谈话提醒";
    public static string TalkDue(string project, string startDate, string team) =>
        $"重大审计项目“{project}”将于 {startDate} 进场，请您在进场前组织审计组开展审前集体廉政提醒谈话，谈话后点击下方按钮记录。审计组：{team}。";
    public static string TalkLastCall(string project, string startDate, string team) =>
        "【明日进场】" + TalkDue(project, startDate, team);
    public const string RecordTalk = "记录审前谈话";

    public const string ReminderTitle = "审计纪律提醒";
    /// <summary>The team's reminder: the project, then the discipline word for word (<see cref="AuditDiscipline"/>).</summary>
    public static string Reminder(string project, string startDate) =>
        $"您参加的审计项目“{project}”将于 {startDate} 进场。请严格遵守：\n\n" + AuditDiscipline.FullText()
        + "\n\n遇有请托说情，一律拒绝并登记报告。请阅后点击“已阅并承诺遵守”。";

    /// <summary>The member's answer is a commitment, recorded with its time.</summary>
    public const string ReminderConfirmLabel = "已阅并承诺遵守";

    /// <summary>The button every message that names the discipline carries; it sends the full text.</summary>
    public const string ShowDiscipline = "查看完整条文";

    public const string TalkMissingTitle = "审前廉政谈话未开展";
    public static string TalkMissing(string project, string startDate, string leader) =>
        $"重大审计项目“{project}”将于 {startDate} 进场，分管领导{leader}尚未记录审前集体廉政提醒谈话。审计组的纪律提醒已照常发出。请督促落实。";

    public const string NoticeTitle = "审计纪律告知书";
    public static string Notice(string project, string startDate, string url, int feedbackDays) =>
        $"审计项目“{project}”将于 {startDate} 进点。请下载《审计纪律告知书》（Word 文档），进点时在被审计单位张贴公示：\n{url}\n\n"
        + $"告知书载明审计“四严禁”“八不准”、审计组成员和举报电话；其上的二维码通往本项目的廉政回访页面，离场后 {feedbackDays} 天内有效。此链接仅供您下载，请勿转发。";
    public const string NoticeFileName = "审计纪律告知书.docx";
    public const string NoticeHeading = "审计纪律告知书";
    public static string NoticeAddressee(string project) => $"被审计单位：\n    我局“{project}”审计组即将进点开展审计。为加强审计廉政建设，现将审计纪律告知如下，请予监督。";
    public static string NoticeTerm(string start, string? end) => end is null ? $"进点时间：{start}" : $"审计时间：{start} 至 {end}";
    public static string NoticeTeamLeader(string name) => $"审计组长：{name}";
    public static string NoticeMembers(string names) => $"审计组成员：{names}";
    public static string NoticePhone(string phone) => $"举报电话：{phone}";
    public const string NoticeQrCaption = "扫描二维码，对审计组执行审计纪律情况进行廉政回访";
    public const string NoticeClosing = "如发现审计人员有违反上述纪律的行为，请向我局反映。";

    public const string ReportDueTitle = "审计纪律执行情况报告";
    public static string ReportDue(string project, string endDate) =>
        $"审计项目“{project}”计划于 {endDate} 离场。请您报告审计组执行审计纪律的情况：每位成员是否严格遵守，有无违纪违规问题及处理情况。";
    public const string GiveReport = "填报执行情况";
    public static string ReportReceived(string project, string reporter, string report) =>
        $"{reporter}报送了审计项目“{project}”的审计纪律执行情况报告。\n{report}";

    /// <summary>The report as the team leader checks it and the supervisor receives it: one line per member, then the incident.</summary>
    public static string Report(IEnumerable<(string Name, bool Kept)> members, string? incident, string? people, string? handling) =>
        string.Join("\n", members.Select(m => $"{m.Name}：{(m.Kept ? "严格遵守" : "未严格遵守")}")) + "\n"
        + (incident is null ? "有无违纪违规问题：无" : $"违纪违规问题：{incident}\n涉及人员：{people}\n处理情况：{handling}");

    public const string FeedbackReceivedTitle = "廉政回访";
    public static string FeedbackReceived(string project, string answers, string rating) =>
        $"被审计单位提交了对审计项目“{project}”的廉政回访。\n{answers}\n总体评价：{rating}";
    public static string FeedbackTopicLine(string topic, string? details) => details is null ? $"{topic}：无" : $"{topic}：有——{details}";
    public static string FeedbackRemarks(string remarks) => $"其他意见：{remarks}";
    public static string FeedbackContact(string contact) => $"联系方式：{contact}";

    /// <summary>The topic as the page and the notice name it.</summary>
    public static string TopicName(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.Banquets => "宴请",
        FeedbackTopic.Gifts => "礼品礼金",
        FeedbackTopic.Expenses => "报销费用",
        FeedbackTopic.Requests => "请托",
        FeedbackTopic.Conduct => "工作作风",
        _ => topic.ToString(),
    };

    /// <summary>The question the page asks about the topic, answered 有 or 无.</summary>
    public static string TopicQuestion(FeedbackTopic topic) => topic switch
    {
        FeedbackTopic.Banquets => "审计组成员是否参加过贵单位安排的宴请、娱乐、旅游等活动？",
        FeedbackTopic.Gifts => "审计组成员是否接受过贵单位或个人赠送的礼品礼金、消费卡？",
        FeedbackTopic.Expenses => "审计组成员是否由贵单位报销或补贴住宿、餐饮、交通、通讯等费用？",
        FeedbackTopic.Requests => "审计组成员是否接受请托干预审计工作，或提出与审计工作无关的要求？",
        FeedbackTopic.Conduct => "审计组在工作作风方面是否存在问题（态度生硬、作风拖沓、随意要求等）？",
        _ => topic.ToString(),
    };

    public static string RatingName(FeedbackRating rating) => rating switch
    {
        FeedbackRating.Satisfied => "满意",
        FeedbackRating.FairlySatisfied => "基本满意",
        FeedbackRating.Dissatisfied => "不满意",
        _ => rating.ToString(),
    };
}
