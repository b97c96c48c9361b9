namespace Lianzheng.Dialogs.Announcements;

/// <summary>What the integrity message dialogs (发送廉政提醒、停止定期提醒、确认情况) say.</summary>
internal static class AnnouncementDialogTexts
{
    public const string SendMessageName = "发送廉政提醒";
    public const string SendMessageHelp = "廉政监督员向全体、某个股室或班子成员发送廉政提醒，并跟踪确认情况";
    public const string SendMessageTitle = "发送廉政提醒";
    public const string AskMessageTitle = "提醒的标题？";
    public const string ExampleMessageTitle = "月度廉政提醒";
    public const string AskMessageText = "请输入提醒内容（不超过 1000 字）：";
    public const string ExampleMessageText = "近期进入审计项目集中进场期，请全体审计人员严守审计“八不准”工作纪律。";
    public const string AskAudience = "发送给谁？";
    public const string AudienceEveryone = "全体人员";
    public const string AudienceSection = "某个股室";
    public const string AudienceLeaders = "班子成员";
    public const string AskSection = "哪个股室？";
    public const string AskNeedsConfirmation = "需要收件人点击“已阅”确认吗？";
    public const string AskSchedule = "现在发送一次，还是每月定期发送？";
    public const string SendOnce = "现在发送一次";
    public const string SendMonthly = "每月定期发送";
    public const string AskDayOfMonth = "每月几号发送？（1–28，遇节假日顺延到下一个工作日）";
    public static string ReviewMessage(string audience, int recipients, string confirmation) =>
        $"请核对：发送给{audience}（{recipients} 人），{confirmation}。确认发送吗？";
    public static string ReviewMonthly(string audience, int recipients, string confirmation, int day) =>
        $"请核对：每月 {day} 日（遇节假日顺延）发送给{audience}（目前 {recipients} 人），{confirmation}。确认设置吗？";
    public static string MonthlyScheduled(int messageId, int day) =>
        $"已设置每月定期提醒 #{messageId}，每月 {day} 日 09:00 发送（遇节假日顺延）。发送“停止定期提醒”可停止。";
    public const string WithConfirmation = "需要确认，未确认的人次日会再提醒一次";
    public const string WithoutConfirmation = "无需确认";
    public static string MessageQueued(int recipients) => $"已发送给 {recipients} 人。发送“确认情况”可查看谁还没有确认。";
    public const string MessageNotSent = "好的，没有发送。";
    public const string NobodyInAudience = "这个范围内没有在岗人员，没有发送。";
    public const string ConfirmLabel = Lianzheng.Core.Announcements.AnnouncementTexts.ConfirmLabel;

    public static string StatusMonthlyLine(int messageId, string title, int day) =>
        $"每月定期提醒 #{messageId}“{title}”：每月 {day} 日";

    public const string StopMonthlyName = "停止定期提醒";
    public const string StopMonthlyHelp = "廉政监督员停止自己设置的每月定期提醒";
    public const string NoMonthly = "您没有正在执行的每月定期提醒。";
    public const string AskWhichMonthly = "停止哪一条定期提醒？";
    public static string MonthlyStopped(int messageId) => $"已停止定期提醒 #{messageId}，以后不再发送。";

    public const string StatusName = "确认情况";
    public const string StatusHelp = "查看提醒中谁还没有确认（廉政监督员可看全局的提醒），审计项目中谁还没有承诺遵守审计纪律";
    public const string StatusTitle = "确认情况";
    public const string StatusNone = "您还没有发送过需要确认的提醒，也没有负责的审计项目。";
    public const string StatusNoMore = "没有更多需要确认的提醒了。";
    public static string StatusPageTitle(int page) => $"确认情况（第 {page} 页）";
    public const string StatusMore = "更多";
    public const string StatusWorkbench = "在工作台查看全部";
    public static string StatusLine(string title, string date, int confirmed, int recipients) =>
        $"“{title}”（{date}）：已确认 {confirmed}/{recipients}";
    public static string StatusPending(string names) => $"  未确认：{names}";
    public static string StatusProjectLine(string project, string startDate, string state) =>
        $"项目“{project}”（{startDate}进场）：{state}";
    public const string StatusProjectWaitingTalk = "等待审前集体谈话，纪律提醒尚未发出";
    public static string StatusProjectCommitted(int committed, int team) => $"已承诺遵守 {committed}/{team}";
    public static string StatusUncommitted(string names) => $"  未承诺：{names}";
}
