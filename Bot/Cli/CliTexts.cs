using Lianzheng.Core.Personnel;

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
        "                                       link WeCom members to the staff directory\n" +
        "  holidays --year <yyyy> [--json]      列出该年节假日节点与廉洁提醒发送日期 · a year's holidays and send dates\n" +
        "  holidays --import <file.json>        导入国务院新公布的放假安排 · import a newly published holiday arrangement\n" +
        "  link-teams --employee-no <工号> (--aad-object-id <id> | --teams-user-id <29:…>) [--replace]\n" +
        "                                       把 Teams 账号关联到人员；--replace 改为关联新账号 · link a Teams account, --replace moves a link\n" +
        "  audit-verify                         核验审计日志（密钥、锚点、各记录），完好返回 0，有问题返回 1 并指出第一处\n" +
        "                                       verify the audit trail: exit 0 intact, 1 broken with the first problem\n" +
        "  audit-verify --new-anchor            从备份恢复数据库后：不核对旧锚点，旧锚点文件改名保存，从当前最新一条重新开始\n" +
        "                                       after restoring a backup: keep the old anchor aside and start a new one\n" +
        "  report --year <yyyy> [--quarter <1-4>] --out <file.docx|file.xlsx>\n" +
        "                                       生成年度或季度党风廉政建设工作情况报告（Word）或其数据（Excel）\n" +
        "                                       write the year's or quarter's work report (Word) or its figures (Excel)\n" +
        "  backup --out <file.db>               备份 SQLite 数据库（运行中也可）并做完整性检查 · an online, checked backup";

    public const string HelpOfVerbs =
        "每个命令的说明 Help of a verb: dotnet run --project Bot -- <verb> --help\n" +
        "命令的配置项写在 -- 之后 · the bot's settings follow --: dotnet run --project Bot -- <verb> ... -- --Key=Value";

    public const string HelpDescription = "显示此帮助 · show this help";
    public const string HelpArguments = "参数 Arguments:";
    public const string HelpOptions = "选项 Options:";

    public static string HelpSettings(string verb) =>
        "配置 Settings: 使用机器人的配置与数据库（appsettings、环境变量）；-- 之后可另给配置项 · uses the bot's configuration\n" +
        "and database (appsettings, environment); settings may follow --, e.g.\n" +
        $"  dotnet run --project Bot -- {verb} ... -- --ConnectionStrings:Lianzheng=\"Data Source=/srv/lianzheng/lianzheng.db\"";

    public static string SeeHelp(string verb) => $"详见 See: dotnet run --project Bot -- {verb} --help";

    public static string UnknownVerb(string verb) => $"没有这个命令 Unknown verb: {verb}";

    public static string UnknownOption(string option) => $"不认识的选项 Unknown option: {option}";

    public static string UnexpectedArgument(string argument) => $"多余的参数 Unexpected argument: {argument}";

    public static string MissingOption(string option) => $"缺少 {option} · {option} is required";

    public static string MissingArgument(string argument) => $"缺少 <{argument}> · <{argument}> is required";

    public static string MissingValue(string option) => $"{option} 后面缺少值 · {option} needs a value";

    public static string BlankValue(string option) => $"{option} 的值不能为空 · {option} cannot be blank";

    public static string OneValueOnly(string option) => $"{option} 只能给一次 · {option} can be given once";

    public static string MissingEither(string first, string second) => $"需要 {first} 或 {second} · {first} or {second} is required";

    public static string NotBoth(string first, string second) => $"{first} 和 {second} 只能选一个 · give {first} or {second}, not both";

    public static string OnlyWith(string option, string with) => $"{option} 只能与 {with} 一起用 · {option} goes only with {with}";

    public const string ImportDescription =
        "导入/更新人员名录（股室、人员、角色、分管关系），按工号匹配，全部成功才写入。\n" +
        "Imports or updates the staff directory (sections, staff, roles, oversight) from one sheet, matched on 工号, all or nothing.";

    public const string ImportFileDescription = "名录文件，.csv（UTF-8 或 GB18030）或 .xlsx · the sheet, .csv (UTF-8 or GB18030) or .xlsx";

    public const string TeamsPackageDescription =
        "生成 Teams 应用包（manifest.json 与两个图标）。\nWrites the Teams app package (manifest.json and the two icons).";

    public const string TeamsPackageAppIdDescription = "机器人的 Microsoft App ID（GUID）· the bot's Microsoft App ID (a GUID)";
    public const string TeamsPackageOutDescription = "要写入的 zip 文件 · the zip file to write";
    public const string TeamsPackagePublicBaseUrlDescription =
        "机器人的公网 https 地址（Bureau:PublicBaseUrl）；给出时应用包带“工作台”个人标签页 · the bot's public https address; adds the 工作台 personal tab";
    public const string TeamsWorkbenchTab = "工作台";
    public const string TeamsPackageEntraClientIdDescription =
        "标签页登录所用 Entra 应用的客户端 ID（Workbench:Entra:ClientId），默认同 --app-id · the Entra application the tab signs in with, --app-id if not given";
    public static string TeamsPackageBadEntraClientId(string value) => $"--entra-client-id 必须是 GUID · --entra-client-id must be a GUID: {value}";
    public static string TeamsPackageBadPublicBaseUrl(string value) =>
        $"--public-base-url 必须是 https 地址，如 https://lianzheng.example.gov.cn · --public-base-url must be an https address: {value}";
    public const string TeamsPackageVersionDescription = "应用包版本，默认 1.0.0 · the package version, 1.0.0 if not given";

    public const string WeComSyncDescription =
        "按企业微信通讯录关联人员（userid = 工号，或姓名 + 部门 = 股室；有歧义的只列出、不猜）。\n" +
        "Links the WeCom members to the staff directory (userid = 工号, else name + department = section; ambiguous ones are listed).";

    public const string HolidaysDescription =
        "列出某年的节假日节点与廉洁提醒发送日期，或导入国务院新公布的放假安排。\n" +
        "Prints a year's holidays and their send dates, or imports a newly published State Council arrangement.";

    public const string HolidaysYearDescription = "年份，2001 至 2099 · the year, 2001 to 2099";
    public const string HolidaysJsonDescription = "以 JSON 输出（仅与 --year 一起）· print JSON (with --year only)";
    public const string HolidaysImportDescription = "放假安排的 JSON 文件 · the arrangement's JSON file";

    public static string HolidaysBadYear(string year) => $"--year 必须是 2001 至 2099 的年份 · --year must be a year from 2001 to 2099: {year}";

    public const string LinkTeamsDescription =
        "把 Teams 账号关联到名录中的人员；已有关联时用 --replace 改为关联新账号。\n" +
        "Links a Teams account to a staff member; --replace moves an existing link.";

    public const string LinkTeamsEmployeeNoDescription = "人员的工号 · the staff member's 工号";
    public const string LinkTeamsAadObjectIdDescription = "Teams 账号的 AAD 对象 ID · the account's AAD object id";
    public const string LinkTeamsTeamsUserIdDescription = "Teams 用户 ID（29:…）· the Teams user id (29:…)";
    public const string LinkTeamsReplaceDescription = "解除原有关联，改为此关联 · replace the link in the way";

    public const string AuditVerifyDescription =
        "核验审计日志（密钥、锚点、各记录），完好返回 0，有问题返回 1 并指出第一处。\n" +
        "Verifies the audit trail (key, anchor, records): exit 0 intact, 1 broken with the first problem.";

    public const string AuditVerifyNewAnchorDescription =
        "从备份恢复数据库后：不核对旧锚点，旧锚点文件改名保存，从当前最新一条重新开始 · " +
        "after restoring a backup: keep the old anchor aside and start a new one";

    public const string TeamsPackageUsage =
        "用法 Usage: dotnet run --project Bot -- teams-package --app-id <guid> --out <file.zip> [--version 1.0.0] [--public-base-url https://… [--entra-client-id <guid>]]";
    public static string TeamsPackageBadAppId(string value) => $"--app-id 必须是 GUID（Microsoft App ID）· --app-id must be a GUID: {value}";
    public static string TeamsPackageBadVersion(string value) => $"--version 必须形如 1.0.0 · --version must look like 1.0.0: {value}";
    public static string TeamsPackageWritten(string path) => $"已生成 Teams 应用包 · Teams app package written: {path}";
    public const string WeComSyncUsage = "用法 Usage: dotnet run --project Bot -- wecom-sync";
    public const string WeComNotConfigured = "未配置企业微信（Channels:WeCom:CorpId 等）· WeCom is not configured (Channels:WeCom:CorpId ...).";
    public static string WeComSyncFailed(string error) => $"企业微信通讯录读取失败，未作任何更改 · Reading the WeCom directory failed, nothing changed: {error}";
    public static string WeComSyncSummary(int linked, int alreadyLinked, int ambiguous, int unmatched) =>
        $"企业微信同步完成 WeCom sync: 新关联 {linked} 人 linked, 已关联 {alreadyLinked} 人 already linked, 有歧义 {ambiguous} 人 ambiguous, 未匹配 {unmatched} 人 unmatched.";
    public const string WeComLinked = "新关联 Linked:";
    public const string WeComAmbiguous = "有歧义（未关联，请人工确认）Ambiguous (not linked, check by hand):";
    public const string WeComUnmatched = "未匹配 Unmatched:";
    public const string HolidaysUsage = "用法 Usage: dotnet run --project Bot -- holidays --year <2001-2099> [--json] | holidays --import <file.json>";
    public static string HolidaysHeading(int year, string arrangement) => $"{year} 年节假日节点 · holidays of {year}（放假安排 arrangement: {arrangement}）";
    public const string HolidaysNotPublished = "未公布，按法定假日及相邻周末估算 · not published, estimated from the statutory days";
    public const string HolidaysColumns = "key             名称\t日期 date   发送日 send  放假 off days";
    public static string HolidaysOffDays(string first, string last) => $"{first} 至 {last}";
    public static string HolidaysEstimatedOffDays(string first, string last) => $"约 {first} 至 {last}（估算）";
    public static string HolidaysWorkdays(string days) => $"；调休上班 {days}";
    public static string HolidaysImported(int year, int holidays) => $"已导入 {year} 年放假安排（{holidays} 项）· arrangement of {year} imported.";
    public static string HolidaysImportFailed(int year) => $"{year} 年放假安排有误，未导入 · arrangement of {year} not imported:";
    public const string LinkTeamsUsage =
        "用法 Usage: dotnet run --project Bot -- link-teams --employee-no <工号> (--aad-object-id <id> | --teams-user-id <29:…>) [--replace]";

    public static string LinkTeamsLinked(string person, string account) => $"已关联 Linked: {person} ↔ Teams {account}";
    public static string LinkTeamsMoved(string person, string account, string? replaced) => $"已改为关联 Link moved: {person} ↔ Teams {account}；原关联已解除 replaced: {replaced}";
    public static string LinkTeamsAlreadyLinked(string person, string account) => $"已是此关联，未作更改 Already linked, nothing changed: {person} ↔ Teams {account}";
    public static string LinkTeamsStaffNotFound(string employeeNo) => $"名录中没有在职人员的工号是 {employeeNo} · No active staff member has 工号 {employeeNo}";
    public static string LinkTeamsAccountNotFound(string account) =>
        $"机器人还没有收到过 Teams 账号 {account} 的消息：请本人先在 Teams 中给廉政助手发一条消息，再运行此命令 · " +
        $"The bot has never heard from Teams account {account}: have its owner write to the bot once, then run this again";
    public static string LinkTeamsAccountAmbiguous(string account) =>
        $"有多个 Teams 账号匹配 {account}，请改用 --teams-user-id · Several accounts match {account}; use --teams-user-id";
    public static string LinkTeamsForeignTenant(string account, string? tenant, string? bureauTenant) =>
        $"Teams 账号 {account} 属于租户 {tenant}，不是本局的租户 {bureauTenant}，不能关联 · Account {account} is of tenant {tenant}, not the bureau's tenant {bureauTenant}: not linked";
    public static string LinkTeamsStaffHasOther(string person, string account, string? other) =>
        $"{person} 已关联 Teams 账号 {other}；确认改为 {account} 请加 --replace · {person} is linked to {other}; add --replace to link {account} instead";
    public static string LinkTeamsAccountHasOther(string person, string account, string? other) =>
        $"Teams 账号 {account} 已关联到 {other}；确认改为 {person} 请加 --replace · Account {account} is linked to {other}; add --replace to link it to {person} instead";

    public const string ListSeparator = "、";

    public const string ReportDescription =
        "生成某年度或季度的党风廉政建设工作情况报告（Word）或其数据（Excel），与工作台“工作报告”相同 · write the year's or quarter's work report";
    public const string ReportYearDescription = "年份 · the year";
    public const string ReportQuarterDescription = "季度 1–4；不写为全年 · the quarter, 1 to 4; none for the whole year";
    public const string ReportOutDescription = "输出文件，.docx 为 Word 报告，.xlsx 为 Excel 数据 · the file to write: .docx or .xlsx";
    public const string ReportUsage = "用法 Usage: dotnet run --project Bot -- report --year <yyyy> [--quarter <1-4>] --out <file.docx|file.xlsx>";
    public static string ReportBadYear(string value) => $"年份应为 2000 至 2100 的数字：{value} · --year must be a year";
    public static string ReportBadQuarter(string value) => $"季度应为 1 至 4：{value} · --quarter must be 1 to 4";
    public static string ReportBadOut(string file) => $"输出文件须以 .docx 或 .xlsx 结尾：{file} · --out must end in .docx or .xlsx";
    public const string BackupDescription =
        "备份 SQLite 数据库（运行中也可，用 SQLite 在线备份），并做完整性检查；PostgreSQL 请用 pg_dump · back up the SQLite database " +
        "(online; PostgreSQL: use pg_dump --format=custom)";

    public const string BackupOutDescription = "备份文件（不覆盖已有文件）· the backup file to write (an existing one is never overwritten)";
    public const string BackupUsage = "用法 Usage: dotnet run --project Bot -- backup --out <file.db>";
    public const string BackupUsePgDump =
        "数据库为 PostgreSQL：请用 pg_dump 备份（运行中也可），例如 pg_dump --format=custom --file=lianzheng.dump lianzheng；恢复后运行 " +
        "audit-verify --new-anchor · the database is PostgreSQL: back it up with pg_dump --format=custom (restore with pg_restore), " +
        "then run audit-verify --new-anchor";

    public static string BackupExists(string file) => $"文件已存在，未覆盖：{file} · the file exists; choose another name";
    public static string BackupDamaged(string file) => $"备份文件未通过完整性检查，请勿使用：{file} · the copy failed PRAGMA integrity_check";

    public static string BackupWritten(string file, long bytes) =>
        $"已备份到 {file}（{bytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} 字节，完整性检查通过）。审计密钥（Audit:Key 或 .audit-key 文件）须另行保存；从备份恢复后运行 " +
        $"audit-verify --new-anchor · backed up and checked; keep the audit key separately";

    public static string ReportWritten(string title, string file) => $"已生成《{title}》：{file} · report written";
    public const string AuditVerifyUsage = "用法 Usage: dotnet run --project Bot -- audit-verify [--new-anchor]";
    public static string AuditBroken(string code) => $"审计日志不完整 · audit trail broken [{code}]:";
    public static string AuditBrokenEntry(long entryId) => $"  审计记录 entry: #{entryId}";
    public static string AuditBrokenRecord(string record, string entityType, string entityId) => $"  涉及记录 record: {record} ({entityType} {entityId})";
    public static string AuditMoreProblems(int count) => $"另有 {count} 处问题 · {count} more problem(s):";
    public static string AuditIntact(long entries, long lastEntryId, string hash, int records, string kinds) =>
        $"审计日志完好 · audit trail intact: 共 {entries} 条审计记录，最后一条 #{lastEntryId}（哈希 {hash}…）；核对了 {records} 项记录（{kinds}）。";
    public static string AuditUnstated(int count) =>
        $"另有 {count} 项记录的审计记录早于状态快照，未核对内容；机器人下次启动时补记 · {count} older record(s) not checkable yet (baselined at the next start).";
    public static string AuditAnchored(string path) => $"锚点已写入 · anchor written: {path}";
    public static string AuditNewAnchor(string path) => $"已重新开始锚点（旧锚点文件改名保存在同一目录）· new anchor started, the old one kept beside it: {path}";
    public const string AuditNotAnchored = "内存数据库，不写锚点 · in-memory database: no anchor.";
    public const string ImportUsage = "用法 Usage: dotnet run --project Bot -- import-staff <file.csv|file.xlsx>";
    public static string FileNotFound(string path) => $"找不到文件 File not found: {path}";
    public static string UnsupportedFile(string path) => $"只支持 .csv 和 .xlsx 文件 Only .csv and .xlsx files are supported: {path}";
    public static string UnreadableFile(string path, string reason) => $"无法读取文件 Cannot read the file {path}: {reason}";
    public static string ImportFailed(int problems) => $"导入失败，未写入任何数据 Import failed, nothing was written ({problems} problem(s)):";
    public static string ImportProblem(int row, string reason) => $"  第 {row} 行 row {row}: {reason}";
    public static string ImportProblemHeader(string reason) => $"  表头 header: {reason}";
    public static string ImportSucceeded(int created, int updated, int sectionsCreated) =>
        $"导入完成 Imported: 新增 {created} 人 created, 更新 {updated} 人 updated, 新建股室 {sectionsCreated} sections created.";
}
