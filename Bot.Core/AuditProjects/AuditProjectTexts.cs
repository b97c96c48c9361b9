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
    public static string Reminder(string project, string startDate) =>
        $"您参加的审计项目“{project}”将于 {startDate} 进场。请严格遵守审计“四严禁”工作要求和审计“八不准”工作纪律：不得参加被审计单位安排的宴请、"
        + "娱乐、旅游等活动，不得接受被审计单位的礼品礼金、消费卡和有价证券，不得在被审计单位报销任何费用，不得利用审计职权和审计工作中"
        + "掌握的信息谋取私利，不得泄露审计工作秘密。遇有请托说情，一律拒绝并登记报告。请阅后点击“已阅”确认。";
    public const string ReminderConfirmLabel = "已阅";
}
