namespace Lianzheng.Dialogs.Texts;

/// <summary>What the talk, integrity message and audit project dialogs say.</summary>
internal static class IntegrityDialogTexts
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
    public const string ConfirmTalk = "请核对：{0}，{1}，{2}。确认记录吗？";
    public const string TalkRecorded = "已记录谈话 #{0}。";
    public const string TalkNotRecorded = "好的，没有记录。";
    public const string PairProgress = "{0}年与{1}已谈 {2}/{3} 次";
    public const string ProjectNotFound = "找不到这个审计项目，或它的审前谈话已经记录过了。";
    public const string PreAuditTalkOf = "审计项目“{0}”的审前集体廉政提醒谈话（审计组 {1} 人）";
    public const string PreAuditTalkRecorded = "已记录审前集体谈话 #{0}，审计组 {1} 人将收到“四严禁”“八不准”提醒并确认。";

    public const string TalkProgressName = "谈话进度";
    public const string TalkProgressHelp = "查看本年度廉政谈话完成情况（每人每年 {0} 次）";
    public const string TalkProgressTitle = "{0}年廉政谈话进度";
    public const string TalkProgressNone = "没有需要统计的谈话对象。";
    public const string TalkProgressLine = "{0} → {1}（{2}）：{3}/{4}";
    public const string TalkProgressSummary = "共 {0} 对谈话关系，已完成 {1} 对，未完成 {2} 对。";

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
    public const string ReviewMessage = "请核对：发送给{0}（{1} 人），{2}。确认发送吗？";
    public const string ReviewMonthly = "请核对：每月 {3} 日（遇节假日顺延）发送给{0}（目前 {1} 人），{2}。确认设置吗？";
    public const string MonthlyScheduled = "已设置每月定期提醒 #{0}，每月 {1} 日 09:00 发送（遇节假日顺延）。发送“停止定期提醒”可停止。";
    public const string WithConfirmation = "需要确认，未确认的人次日会再提醒一次";
    public const string WithoutConfirmation = "无需确认";
    public const string MessageQueued = "已发送给 {0} 人。发送“确认情况”可查看谁还没有确认。";
    public const string MessageNotSent = "好的，没有发送。";
    public const string NobodyInAudience = "这个范围内没有在岗人员，没有发送。";
    public const string ConfirmLabel = "已阅";

    public const string StatusMonthlyLine = "每月定期提醒 #{0}“{1}”：每月 {2} 日";

    public const string StopMonthlyName = "停止定期提醒";
    public const string StopMonthlyHelp = "廉政监督员停止自己设置的每月定期提醒";
    public const string NoMonthly = "您没有正在执行的每月定期提醒。";
    public const string AskWhichMonthly = "停止哪一条定期提醒？";
    public const string MonthlyStopped = "已停止定期提醒 #{0}，以后不再发送。";

    public const string TemplateName = "节日提醒模板";
    public const string TemplateHelp = "廉政监督员查看和修改各节日廉洁提醒的文本";
    public const string TemplateTitle = "节日提醒模板";
    public const string AskTemplateHoliday = "查看或修改哪个节日的提醒？";
    public const string TemplateCurrent = "{0}提醒的{1}文本：\n{2}\n\n发出时将是：\n{3}";
    public const string TemplateCustom = "自定义";
    public const string TemplateDefault = "默认";
    public const string TemplateEdit = "修改";
    public const string TemplateReset = "恢复默认";
    public const string TemplateKeep = "不改了";
    public const string AskTemplateText = "请输入新的提醒文本（不超过 1000 字）。可用占位符：{holiday} 节日名称、{firstOffDay} 放假首日、{lastOffDay} 放假末日、{bureau} 单位名称。";
    public const string ExampleTemplate = "{holiday}将至（{firstOffDay}至{lastOffDay}放假），请严守中央八项规定精神……";
    public const string TemplateUnknownPlaceholders = "不认识的占位符：{0}。可用的只有 {{holiday}} {{firstOffDay}} {{lastOffDay}} {{bureau}}。";
    public const string ConfirmTemplate = "发出时将是：\n{0}\n\n保存吗？";
    public const string TemplateSaved = "已保存{0}提醒的新文本，下次发送时使用。";
    public const string TemplateWasReset = "已恢复{0}提醒的默认文本。";
    public const string TemplateUnchanged = "好的，没有修改。";

    public const string StatusName = "确认情况";
    public const string StatusHelp = "查看您发送的提醒和您的审计项目中谁还没有确认";
    public const string StatusTitle = "确认情况";
    public const string StatusNone = "您还没有发送过需要确认的提醒，也没有负责的审计项目。";
    public const string StatusLine = "“{0}”（{1}）：已确认 {2}/{3}";
    public const string StatusPending = "  未确认：{0}";
    public const string StatusProjectLine = "项目“{0}”（{1}进场）：{2}";
    public const string StatusProjectWaitingTalk = "等待审前集体谈话，纪律提醒尚未发出";

    public const string RegisterName = "登记审计项目";
    public const string RegisterHelp = "审计组长或廉政监督员登记审计项目；重大项目提醒分管领导开展审前集体谈话";
    public const string RegisterTitle = "登记审计项目";
    public const string AskProjectName = "审计项目名称？";
    public const string ExampleProjectName = "2026年度县本级预算执行审计";
    public const string AskMajor = "是重大审计项目吗？（重大项目须在进场前由分管领导开展审前集体廉政提醒谈话）";
    public const string AskStartDate = "计划哪天进场？";
    public const string AskMembers = "请输入审计组成员姓名，用顿号或空格分开：";
    public const string ExampleMembers = "朱浩然、秦诗涵、尤子轩";
    public const string UnknownMembers = "名录中找不到：{0}。请重新输入审计组成员姓名（用顿号分开），例如：{1}";
    public const string AskTeamLeader = "审计组长是谁？";
    public const string AskResponsibleLeader = "分管领导是谁？";
    public const string ReviewProject = "请核对：{0}；{1}；{2}进场；组长 {3}；分管领导 {4}；成员 {5}。确认登记吗？";
    public const string Major = "重大项目";
    public const string NotMajor = "一般项目";
    public const string ProjectRegistered = "已登记审计项目 #{0}。";
    public const string ProjectMajorNext = "已提醒{0}在进场前开展审前集体廉政提醒谈话；谈话记录后，审计组成员将收到纪律提醒。";
    public const string ProjectOrdinaryNext = "审计组 {0} 人已收到“四严禁”“八不准”纪律提醒。";
    public const string ProjectNotRegistered = "好的，没有登记。";
    public const string NoLeaders = "名录中没有班子成员，无法登记。请先导入人员名录。";
}
