namespace Lianzheng.Dialogs.Talks;

/// <summary>What the talk dialogs (记录谈话、谈话进度) say.</summary>
internal static class TalkDialogTexts
{
    public const string RecordTalkName = "记录谈话";
    public const string RecordTalkHelp = "班子成员记录与分管股室负责人的廉政谈话（个别或集体）";
    public const string RecordTalkTitle = "记录廉政谈话";
    public const string NoHeads = "您目前没有分管的股室负责人，无需记录年度廉政谈话。";
    public const string AskWhom = "请选择谈话对象（您分管股室的负责人）：";
    public const string AllHeads = "全部分管股室负责人";
    public const string AskForm = "谈话形式？";
    public const string FormIndividual = "个别谈话";
    public const string FormCollective = "集体谈话";
    public const string AskTalkDate = "谈话是哪一天？";
    public const string AskSummary = "请简要记录谈话内容（不超过 500 字）：";
    public const string ExampleSummary = "传达节前廉洁要求，提醒严守审计“八不准”";
    public static string ConfirmTalk(string whom, string form, string date) => $"请核对：{whom}，{form}，{date}。确认记录吗？";
    public static string TalkRecorded(long talkId) => $"已记录谈话 #{talkId}。";
    public const string TalkNotRecorded = "好的，没有记录。";
    public static string PairProgress(int year, string head, int held, int required) =>
        $"{year}年与{head}已谈 {held}/{required} 次";
    public const string ProjectNotFound = "找不到这个审计项目，或它的审前谈话已经记录过了。";
    public static string PreAuditTalkOf(string project, int members) => $"审计项目“{project}”的审前集体廉政提醒谈话（审计组 {members} 人）";
    public static string PreAuditTalkRecorded(long talkId, int participants) =>
        $"已记录审前集体谈话 #{talkId}，审计组 {participants} 人将收到“四严禁”“八不准”提醒并确认。";

    public const string TalkProgressName = "谈话进度";
    public static string TalkProgressHelp(int required) => $"查看本年度廉政谈话完成情况（每人每年 {required} 次）";
    public static string TalkProgressTitle(int year) => $"{year}年廉政谈话进度";
    public const string TalkProgressNone = "没有需要统计的谈话对象。";
    public static string TalkProgressLine(string leader, string head, string section, int held, int required) =>
        $"{leader} → {head}（{section}）：{held}/{required}";
    public static string TalkProgressSummary(int pairs, int done, int open) =>
        $"共 {pairs} 对谈话关系，已完成 {done} 对，未完成 {open} 对。";
}
