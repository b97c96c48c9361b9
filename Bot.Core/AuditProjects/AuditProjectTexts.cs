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
}
