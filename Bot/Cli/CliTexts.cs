namespace Lianzheng.Bot.Cli;

/// <summary>What the operator commands print.</summary>
internal static class CliTexts
{
    public const string Usage =
        "用法 Usage: dotnet run --project Bot -- <verb> [arguments]\n" +
        "  import-staff <file.csv|file.xlsx>   导入/更新人员名录（股室、人员、角色、分管关系），全部成功才写入\n" +
        "                                       import or update the staff directory from one sheet, all or nothing\n" +
        "  teams-package --app-id <guid> --out <file.zip> [--version 1.0.0]\n" +
        "                                       生成 Teams 应用包 · write the Teams app package\n" +
        "  wecom-sync                           按企业微信通讯录关联人员（工号=userid，或姓名+部门）\n" +
        "                                       link WeCom members to the staff directory";

    public const string TeamsPackageUsage = "用法 Usage: dotnet run --project Bot -- teams-package --app-id <guid> --out <file.zip> [--version 1.0.0]";
    public const string TeamsPackageBadAppId = "--app-id 必须是 GUID（Microsoft App ID）· --app-id must be a GUID: {0}";
    public const string TeamsPackageBadVersion = "--version 必须形如 1.0.0 · --version must look like 1.0.0: {0}";
    public const string TeamsPackageWritten = "已生成 Teams 应用包 · Teams app package written: {0}";
    public const string WeComNotConfigured = "未配置企业微信（Channels:WeCom:CorpId 等）· WeCom is not configured (Channels:WeCom:CorpId ...).";
    public const string WeComSyncFailed = "企业微信通讯录读取失败，未作任何更改 · Reading the WeCom directory failed, nothing changed: {0}";
    public const string WeComSyncSummary = "企业微信同步完成 WeCom sync: 新关联 {0} 人 linked, 已关联 {1} 人 already linked, 有歧义 {2} 人 ambiguous, 未匹配 {3} 人 unmatched.";
    public const string WeComLinked = "新关联 Linked:";
    public const string WeComAmbiguous = "有歧义（未关联，请人工确认）Ambiguous (not linked, check by hand):";
    public const string WeComUnmatched = "未匹配 Unmatched:";
    public const string ImportUsage = "用法 Usage: dotnet run --project Bot -- import-staff <file.csv|file.xlsx>";
    public const string FileNotFound = "找不到文件 File not found: {0}";
    public const string UnsupportedFile = "只支持 .csv 和 .xlsx 文件 Only .csv and .xlsx files are supported: {0}";
    public const string UnreadableFile = "无法读取文件 Cannot read the file {0}: {1}";
    public const string ImportFailed = "导入失败，未写入任何数据 Import failed, nothing was written ({0} problem(s)):";
    public const string ImportProblem = "  第 {0} 行 row {0}: {1}";
    public const string ImportProblemHeader = "  表头 header: {0}";
    public const string ImportSucceeded = "导入完成 Imported: 新增 {0} 人 created, 更新 {1} 人 updated, 新建股室 {2} sections created.";
}
