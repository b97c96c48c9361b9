namespace Lianzheng.Dialogs.Talks;

/// <summary>What the talk dialogs (记录谈话、谈话进度) say.</summary>
internal static class TalkDialogTexts
{
    public const string RecordTalkName = "记录谈话";
    public const string RecordTalkHelp = "班子成员记录与分管股室负责人的廉政谈话（日常、提醒、任前，个别或集体），党组书记也记录与班子成员的谈话";
    public const string RecordTalkTitle = "记录廉政谈话";
    public const string NoHeads = "您目前没有分管的股室负责人，无需记录年度廉政谈话。";
    public const string AskWhom = "请选择谈话对象（您分管股室的负责人）：";
    public const string AskWhomWithLeaders = "请选择谈话对象（您分管股室的负责人，或班子成员）：";
    public const string AllHeads = "全部分管股室负责人";
    public const string AllLeaders = "全体班子成员";
    public static string HeadLabel(string name, string? section) => $"{name}（{section}）";
    public static string LeaderLabel(string name) => $"{name}（班子成员）";
    public static string TalkWith(string label) => $"谈话对象：{label}。";
    public static string NotHeldYet(string date) => $"{date}的谈话还未进行：谈话记录在谈话之后填写。如果已经谈过，请告诉我实际的日期。";
    public static string NotThisYear(string date) => $"{date}不在今年：这里只记录今年的谈话。";
    public const string AskKind = "谈话类型？";
    public const string AskForm = "谈话形式？";
    public const string FormIndividual = "个别谈话";
    public const string FormCollective = "集体谈话";
    public static readonly string[] FormIndividualWords = ["一对一", "单独谈话", "单独谈", "个别谈", "面对面"];
    public static readonly string[] FormCollectiveWords = ["集中谈话", "集体谈", "开会", "会议形式"];
    public const string AskTalkDate = "谈话是哪一天？";
    public static string AskSummary(int minimum, int maximum) => $"请简要记录谈话内容（{minimum}～{maximum} 字：谈了什么、提出了哪些要求）：";
    public static string SummaryTooShort(int minimum, int length) =>
        $"谈话内容只有 {length} 个字，太简短了：请至少写 {minimum} 个字，写明谈了什么、提出了哪些要求。";
    public const string AskFollowUp = "是否约定跟进日期？到那一天机器人会提醒您了解对方的整改落实情况。";
    public const string AskFollowUpDate = "哪一天跟进？";
    public static string FollowUpExample(DateOnly date) => $"{date.Month}月{date.Day}日";
    public static string FollowUpSet(string date) => $"将于{date}提醒您跟进。";
    public const string ExampleSummary = "传达节前廉洁要求，提醒严守审计“八不准”";
    public static string ConfirmTalk(string whom, string form, string date, string kind, string summary, string? followUp) =>
        $"请核对：{whom}，{form}，{date}\n谈话类型：{kind}\n谈话内容：{summary}\n" + (followUp is null ? "" : $"跟进日期：{followUp}\n") + "确认记录吗？";
    public static string TalkRecorded(long talkId, string kind) => $"已记录谈话 #{talkId}（{kind}）。";
    public const string TalkNotRecorded = "好的，没有记录。";
    public static string PairProgress(int year, string head, int held, int required) =>
        $"{year}年与{head}已谈 {held}/{required} 次";
    public const string ProjectNotFound = "找不到这个审计项目，或它的审前谈话已经记录过了。";
    public static string PreAuditTalkOf(string project, int members) => $"审计项目“{project}”的审前集体廉政提醒谈话（审计组 {members} 人）";
    public static string PreAuditTalkRecorded(long talkId, int participants) =>
        $"已记录审前集体谈话 #{talkId}，审计组 {participants} 人已收到“四严禁”“八不准”提醒，请其阅后承诺遵守。";

    public const string TalkProgressName = "谈话进度";
    public static string TalkProgressHelp(int required) => $"查看本年度廉政谈话完成情况（每人每年 {required} 次）";
    public static string TalkProgressTitle(int year) => $"{year}年廉政谈话进度";
    public const string TalkProgressNone = "没有需要统计的谈话对象。";
    public static string SecretaryProgressHeader(int required) => $"党组书记与班子成员（每人每年 {required} 次）：";
    public static string SecretaryProgressLine(string secretary, string leader, int held, int required) =>
        $"{secretary} → {leader}（班子成员）：{held}/{required}";
    public static string SecretaryProgressSummary(int leaders, int done) => $"共 {leaders} 位班子成员，已完成 {done} 位。";
    public static string TalkProgressLine(string leader, string head, string section, int held, int required) =>
        $"{leader} → {head}（{section}）：{held}/{required}";
    public static string TalkProgressSummary(int pairs, int done, int open) =>
        $"共 {pairs} 对谈话关系，已完成 {done} 对，未完成 {open} 对。";
}
