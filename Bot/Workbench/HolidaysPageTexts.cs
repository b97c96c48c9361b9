namespace Lianzheng.Bot.Workbench;

/// <summary>What the 节假日 page says: the year's calendar, the arrangement upload and its preview, the message templates.</summary>
public static class HolidaysPageTexts
{
    public const string Title = "节假日";
    public const string Holiday = "节日";
    public const string Date = "日期";
    public const string OffDays = "放假";
    public const string Workdays = "调休上班";
    public const string SendDate = "廉政提醒发送日";
    public const string State = "状态";
    public const string Official = "正式";
    public const string Estimated = "估算";
    public const string Upload = "导入放假安排";
    public const string UploadHint = "国务院办公厅每年 11 月前后公布次年的部分节假日安排。把它写成与 holidays --import 相同的 JSON 文件（year、source、" +
        "holidays：keys、firstOffDay、lastOffDay、workdays）上传，先预览，确认后导入；同一年份再次导入会替换上一次的。";
    public const string File = "JSON 文件";
    public const string PreviewButton = "预览";
    public const string ApplyButton = "确认导入";
    public const string Preview = "导入预览";
    public const string Refused = "放假安排有问题，未导入：";
    public const string NoFile = "请选择要上传的 JSON 文件。";
    public const string TooLarge = "文件超过 64 KB，不像是一年的放假安排。";
    public const string OneYear = "一次只能导入一年的放假安排。";
    public const string Templates = "节日廉政提醒模板";
    public const string TemplatesHint = "可用的占位符：{holiday} 节日名称、{firstOffDay} 放假首日、{lastOffDay} 放假末日、{bureau} 单位名称。" +
        "与聊天中的“节日提醒模板”是同一份设置。";
    public const string Custom = "已自定义";
    public const string Default = "默认文本";
    public const string PreviewTemplate = "预览";
    public const string SaveTemplate = "保存";
    public const string ResetTemplate = "恢复默认";
    public const string TemplatePreview = "按最近一次放假日期预览";
    public const string Saved = "已保存，并记入审计日志。";
    public const string WasReset = "已恢复默认文本，并记入审计日志。";
    public const string EmptyTemplate = "模板不能为空。";

    public static string Source(string source) => $"依据：{source}";

    public static string NotLoaded(int year) =>
        $"{year} 年的国务院办公厅节假日安排尚未导入：以下放假和调休日期为估算（按法定假日及相邻周末），廉政提醒的发送日可能因此不准。通知发布后请尽快导入。";

    public static string MissingArrangement(int year) =>
        $"{year} 年的放假安排尚未导入：国务院办公厅的通知发布后，请在“节假日”页导入，否则 {year} 年的廉政提醒将按估算的日期发送。";

    public static string Imported(int year, int holidays) => $"已导入 {year} 年放假安排（{holidays} 项），并记入审计日志。";

    public static string Unreadable(string message) => $"无法读取该文件：它不是有效的 JSON（{message}）。";

    public static string TooLong(int max) => $"模板不能超过 {max} 个字。";

    public static string UnknownPlaceholders(string placeholders) => $"模板中有不认识的占位符：{placeholders}。";
}
