namespace Lianzheng.Dialogs.AuditProjects;

/// <summary>What the audit project dialog (登记审计项目) says.</summary>
internal static class AuditProjectDialogTexts
{
    public const string RegisterName = "登记审计项目";
    public const string RegisterHelp = "审计组长或廉政监督员登记审计项目；重大项目提醒分管领导开展审前集体谈话";
    public const string RegisterTitle = "登记审计项目";
    public const string AskProjectName = "审计项目名称？";
    public const string ExampleProjectName = "2026年度县本级预算执行审计";
    public const string AskMajor = "是重大审计项目吗？（重大项目须在进场前由分管领导开展审前集体廉政提醒谈话）";
    public const string AskStartDate = "计划哪天进场？";
    public const string AskEndDate = "计划哪天离场（现场审计结束）？";
    public const string AskMembers = "请输入审计组成员姓名，用顿号或空格分开：";
    public const string ExampleMembers = "朱浩然、秦诗涵、尤子轩";
    public static string UnknownMembers(string unknown, string example) =>
        $"名录中找不到：{unknown}。请重新输入审计组成员姓名（用顿号分开），例如：{example}";
    public const string AskTeamLeader = "审计组长是谁？";
    public const string AskResponsibleLeader = "分管领导是谁？";
    public static string ReviewProject(string name, string kind, string startDate, string endDate, string teamLeader, string responsible, string members) =>
        $"请核对：{name}；{kind}；{startDate}进场，{endDate}离场；组长 {teamLeader}；分管领导 {responsible}；成员 {members}。确认登记吗？";
    public const string Major = "重大项目";
    public const string NotMajor = "一般项目";
    public static string ProjectRegistered(int projectId) => $"已登记审计项目 #{projectId}。";
    public static string ProjectMajorNext(string responsible) =>
        $"已提醒{responsible}在进场前开展审前集体廉政提醒谈话；谈话记录后，审计组成员将收到纪律提醒。进场前一个工作日仍未记录的，纪律提醒照常发出，并告知党组书记和廉政监督员。";
    public static string ProjectMajorLate(string responsible, int members) =>
        $"已提醒{responsible}开展审前集体廉政提醒谈话。临近进场，审计组 {members} 人已先收到“四严禁”“八不准”纪律提醒。";
    public static string ProjectOrdinaryNext(int members) => $"审计组 {members} 人已收到“四严禁”“八不准”纪律提醒。";
    public const string ProjectFieldworkNext =
        "\n进场前一个工作日，审计组长将收到《审计纪律告知书》，供进点时在被审计单位张贴；离场时请审计组长报送审计纪律执行情况报告。";
    public const string ProjectNoticeSent =
        "\n临近进场，审计组长已收到《审计纪律告知书》的下载链接，供进点时在被审计单位张贴；离场时请审计组长报送审计纪律执行情况报告。";
    public const string ProjectNotRegistered = "好的，没有登记。";
    public const string NoLeaders = "名录中没有班子成员，无法登记。请先导入人员名录。";
    public const string DisciplineTitle = "审计纪律";
    public const string DisciplineHelp = "审计“四严禁”工作要求和“八不准”工作纪律的完整条文";

    public const string ReportName = "执行情况报告";
    public const string ReportHelp = "离场时报送审计组执行审计纪律的情况";
    public const string ReportTitle = "审计纪律执行情况报告";
    public const string NoReportDue = "您没有需要报送执行情况报告的审计项目（项目进场后、报送前才可填报）。";
    public const string AskWhichProject = "报送哪个审计项目的执行情况报告？";
    public static string AskAllKept(string project, int count, string names) =>
        $"审计项目“{project}”：审计组 {count} 人（{names}）是否都严格遵守了审计“四严禁”“八不准”？";
    public static string AskMemberKept(string name) => $"{name}是否严格遵守了审计纪律？";
    public const string Kept = "遵守";
    public const string NotKept = "未遵守";
    public const string AskIncident = "审计期间有无违纪违规问题（包括参加被审计单位安排的宴请、收受礼品礼金、接受请托、由被审计单位报销费用等）？";
    public const string HasIncident = "有";
    public const string NoIncident = "无";
    public const string AskIncidentWhat = "请说明发生了什么问题：";
    public const string ExampleIncidentWhat = "11月20日被审计单位安排工作餐一次";
    public const string AskIncidentWho = "涉及哪些人员？";
    public const string ExampleIncidentWho = "朱浩然";
    public const string AskIncidentHandling = "是如何处理的？";
    public const string ExampleIncidentHandling = "当场婉拒，已按标准补交餐费并向组长报告";
    public static string ReviewReport(string project, string report) => $"请核对审计项目“{project}”的执行情况报告：\n{report}\n确认报送吗？";
    public const string SubmitReport = "确认报送";
    public const string ReportNotSubmitted = "好的，没有报送。需要时回复“执行情况报告”重新填报。";
    public const string ReportSubmitted = "执行情况报告已报送廉政监督员，谢谢！";
}
