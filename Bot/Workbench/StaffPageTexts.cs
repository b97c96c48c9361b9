using Lianzheng.Core.Personnel;
using Lianzheng.Core.Workbench;

namespace Lianzheng.Bot.Workbench;

/// <summary>What the 人员名录 page says: the directory's columns, the warnings, the upload, its preview and its result.</summary>
public static class StaffPageTexts
{
    public const string Title = "人员名录";
    public const string Warnings = "需要处理的问题";
    public const string NoWarnings = "名录完整：每个股室都有股室负责人和分管领导，每位班子成员都有分管股室，每位在职人员都能收到消息。";
    public const string EmployeeNo = "工号";
    public const string Name = "姓名";
    public const string Section = "股室";
    public const string Roles = "角色";
    public const string Oversees = "分管股室";
    public const string Channels = "联系渠道";
    public const string LastDelivered = "最近送达";
    public const string Left = "已离职";
    public const string NoChannel = "无（收不到消息）";
    public const string Never = "—";
    public const string BackToDirectory = "返回人员名录";
    public const string NotSaved = "未保存：";
    public const string NoSection = "（无股室）";
    public const string Email = "邮箱";
    public const string Mobile = "手机";
    public const string Active = "在职";
    public const string Save = "保存";
    public const string Sync = "同步企业微信通讯录";
    public const string SyncHint = "按企业微信账号（userid 与工号相同，或姓名与部门一致）把企业微信成员关联到名录中的人员；有歧义和未匹配的不会猜测，请核对后在企业微信或名录中更正。";
    public const string SyncNotConfigured = "企业微信未配置（Channels:WeCom:CorpId 等），无法同步通讯录。";
    public const string Linked = "新关联";
    public const string Ambiguous = "有歧义（未关联）";
    public const string Unmatched = "未匹配（未关联）";
    public const string Upload = "导入人员名录";
    public const string UploadHint = "上传 CSV 或 XLSX 表格（列与 import-staff 相同：工号、姓名、股室、角色、分管股室、邮箱、手机、在职）。先显示将新增、修改和离职的人员及" +
        "有问题的行，确认后一次性导入；有任何一行有问题则整张表都不导入。表中没有的人员保持不变。";
    public const string File = "表格文件";
    public const string PreviewButton = "预览";
    public const string ApplyButton = "确认导入";
    public const string Preview = "导入预览";
    public const string Added = "将新增";
    public const string Changed = "将修改";
    public const string Leaving = "将标为离职";
    public const string SectionsCreated = "将新建股室";
    public const string Refused = "表格有问题，未导入任何内容。请修改以下各行后重新上传：";
    public const string NothingChanges = "表格与现有名录一致，导入不会改变任何内容。";
    public const string NoFile = "请选择要上传的表格文件。";
    public const string WrongKind = "只能上传 .csv 或 .xlsx 表格。";
    public const string TooLarge = "表格文件超过 2 MB，请分批导入或删去无关的工作表和列。";
    public const string Unreadable = "无法读取该文件：它不是有效的 CSV 或 XLSX 表格。";

    public static string Row(int number) => $"第 {number} 行";

    public static string Saved(string employeeNo) => $"已保存 {employeeNo} 的信息，并记入审计日志。";

    public static string SyncFailed(string error) => $"同步失败：{error}";

    public static string SyncSummary(int linked, int already, int ambiguous, int unmatched) =>
        $"同步完成：新关联 {linked} 人，原已关联 {already} 人，有歧义 {ambiguous} 人，未匹配 {unmatched} 人。";

    public static string Applied(ImportResult result) =>
        $"已导入：新增 {result.Created} 人，更新 {result.Updated} 人，新建股室 {result.SectionsCreated} 个。已记入审计日志。";

    public static string Counts(int people, int active) => $"共 {people} 人，在职 {active} 人";

    public static string Warning(DirectoryWarning warning) => warning.Kind switch
    {
        DirectoryWarningKind.SectionWithoutHead => $"{warning.Subject}没有股室负责人：谈话任务和备案审核无人对应。",
        DirectoryWarningKind.LeaderOverseesNothing => $"班子成员{warning.Subject}没有分管股室。",
        DirectoryWarningKind.SectionNotOverseen => $"{warning.Subject}没有分管领导：其人员的备案将送党组书记审核。",
        DirectoryWarningKind.Unreachable => $"{warning.Subject}没有任何可用的联系渠道（未关联 Teams，也没有企业微信账号），收不到机器人的消息。",
        _ => warning.Subject,
    };

    public static string ChannelName(string channel) => channel switch
    {
        Core.Messaging.Channels.Teams => "Teams",
        Core.Messaging.Channels.WeCom => "企业微信",
        Core.Messaging.Channels.Local => "本地网页聊天",
        _ => channel,
    };
}
