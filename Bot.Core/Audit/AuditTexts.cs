namespace Lianzheng.Core.Audit;

/// <summary>What the audit trail's verification says: the problems it finds (each names the entry or the record and what
/// is wrong) and the supervisors' notice.</summary>
public static class AuditTexts
{
    /// <summary>The first lines of the anchor file, for whoever opens it.</summary>
    public const string AnchorFileHeader =
        "# 廉政助手 审计日志锚点 · audit trail anchor: time<TAB>last entry id<TAB>its hash<TAB>HMAC-SHA256 (Audit:Key) of the three.\n" +
        "# 只追加，请勿修改 · append-only, do not edit. See README (audit-verify).\n";

    public const string FilingName = "备案";
    public const string TalkName = "廉政谈话";
    public const string ProjectName = "审计项目";
    public const string DeclinedOfferName = "拒收登记";
    public const string ExecutionReportName = "执行情况报告";
    public const string AuditFeedbackName = "廉政回访";
    public const string TravelDocumentName = "证照";
    public const string DocumentCheckoutName = "证照领用";

    public const string Absent = "（无此项）";
    public const string Empty = "（空）";

    public static string FirstEntryNotGenesis(long entryId) =>
        $"第 {entryId} 条审计记录是库中最早的一条，但它的前序哈希不是链的起点：更早的审计记录被删除了";
    public static string BrokenLink(long entryId, long previousId) =>
        $"第 {entryId} 条审计记录的前序哈希与上一条（第 {previousId} 条）的哈希不符：两条之间的审计记录被删除或改动了";
    public static string KeyedHashMismatch(long entryId) =>
        $"第 {entryId} 条审计记录的校验值不符：这条记录被改动过，或所用的密钥（Audit:Key）不是写入时的密钥";
    public static string LegacyHashMismatch(long entryId) =>
        $"第 {entryId} 条审计记录（未加密钥的旧格式）的哈希不符：这条记录被改动过";
    public static string LegacyAfterKeyed(long entryId) =>
        $"第 {entryId} 条审计记录标为未加密钥的旧格式，却排在加密钥的记录之后：审计日志被改写了";
    public static string LegacyWithState(long entryId) =>
        $"第 {entryId} 条审计记录标为未加密钥的旧格式，却带有记录状态：审计日志被改写了";
    public static string UnknownScheme(long entryId, int scheme) =>
        $"第 {entryId} 条审计记录的格式标记 {scheme} 无法识别";
    public static string OutsideChange(long entryId, string record, long recordedBy, string difference) =>
        $"第 {entryId} 条审计记录：{record} 曾在机器人之外被改动，机器人改动它时读到的内容与第 {recordedBy} 条所记的不同（{difference}）";

    public static string AnchorMissing(string path) =>
        $"锚点文件 {path} 不存在，而审计日志中已有加密钥的记录：锚点文件被删除或移走了";
    public static string AnchorMalformed(string path, int line) =>
        $"锚点文件 {path} 第 {line} 行格式不对：锚点文件被改动过";
    public static string AnchorForged(string path, int line) =>
        $"锚点文件 {path} 第 {line} 行的校验值不符：这一行被改动过，或所用的密钥（Audit:Key）不对";
    public static string Truncated(string anchoredAt, long anchoredId, long lastId) =>
        $"审计日志最新的记录被删除了：{anchoredAt} 的锚点记到第 {anchoredId} 条，数据库中最后一条是第 {lastId} 条";
    public static string TruncatedAll(string anchoredAt, long anchoredId) =>
        $"审计日志的记录全部被删除了：{anchoredAt} 的锚点记到第 {anchoredId} 条，数据库中已没有审计记录";
    public static string AnchoredEntryMissing(string anchoredAt, long anchoredId) =>
        $"第 {anchoredId} 条审计记录不见了（{anchoredAt} 的锚点记录了它）";
    public static string AnchorHashMismatch(string anchoredAt, long anchoredId) =>
        $"第 {anchoredId} 条审计记录与 {anchoredAt} 的锚点所记的哈希不符：审计日志被改写了";

    public static string RecordChanged(string record, long entryId, string difference) =>
        $"{record} 与第 {entryId} 条审计记录所记的内容不符：{difference}";
    public static string RecordDeleted(string record, long entryId) =>
        $"{record} 已从数据库中删除（第 {entryId} 条审计记录记录了它）";
    public static string RecordUnrecorded(string record) =>
        $"{record} 没有任何审计记录：它不是经由机器人写入的";
    public static string Difference(string? field, string? recorded, string? found) =>
        $"{field} 审计记录为 {recorded}，数据库中为 {found}";

    public const string AlarmTitle = "审计日志完整性告警";
    public static string AlarmText(string date, string problem) =>
        $"{date} 核验审计日志时发现问题：{problem}。\n请核查数据库是否在机器人之外被改动，并在服务器上运行 audit-verify 复核。";
    public const string AlarmEntryFact = "审计记录";
    public const string AlarmRecordFact = "涉及记录";

    /// <summary>How a time is shown in the problems: UTC, to the second.</summary>
    public static string Time(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}
