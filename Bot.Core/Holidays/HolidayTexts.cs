using Lianzheng.Core.Holidays;

namespace Lianzheng.Core.Holidays;

/// <summary>Holiday names and the default holiday integrity messages (each can be replaced by a supervisor in chat,
/// 节日提醒模板, or in configuration, Holidays:Templates:&lt;key&gt;), with the problems an imported arrangement can have.</summary>
public static class HolidayTexts
{
    public static string Name(string key) => key switch
    {
        HolidayKeys.NewYear => "元旦",
        HolidayKeys.SpringFestival => "春节",
        HolidayKeys.Qingming => "清明节",
        HolidayKeys.LabourDay => "劳动节",
        HolidayKeys.DragonBoat => "端午节",
        HolidayKeys.MidAutumn => "中秋节",
        HolidayKeys.NationalDay => "国庆节",
        _ => key,
    };

    /// <summary>Placeholders a template may use.</summary>
    public const string Placeholders = "{holiday} 节日名称, {firstOffDay} 放假首日, {lastOffDay} 放假末日, {bureau} 单位名称";

    public const string MessageTitle = "{holiday}廉洁提醒";

    /// <summary>The default message: each festival's own risk first (holidays taken together: the lines of each), then
    /// the discipline every auditor keeps, named and offered in full by the message's 查看完整条文 button.</summary>
    public static string DefaultTemplate(params string[] keys) =>
        "{holiday}将至（{firstOffDay}至{lastOffDay}放假）。{bureau}党组提醒全体干部职工："
        + string.Concat(keys.Select(FestivalLine).Distinct(StringComparer.Ordinal))
        + "节日期间务必严格落实中央八项规定及其实施细则精神，严守审计“四严禁”工作要求和审计“八不准”工作纪律。"
        + "如遇被审计单位送礼请托，请当场谢绝并及时向局党组报告。祝您节日平安！请阅后点击“收到”。";

    /// <summary>What each festival's message warns of; 中秋's bans are on public money and improper gifts (the
    /// wording of the 中央纪委's notices), not on every mooncake.</summary>
    private static string FestivalLine(string key) => key switch
    {
        HolidayKeys.NewYear or HolidayKeys.SpringFestival =>
            "严禁借拜年、走访之机收送礼品礼金、消费卡和电子红包，严禁用公款购买、印制、邮寄贺年卡及年货节礼。",
        HolidayKeys.Qingming =>
            "祭扫从简、文明节俭，严禁借祭扫之机公车私用、大操大办或收受他人财物。",
        HolidayKeys.MidAutumn =>
            "严禁用公款购买、赠送月饼等节礼，严禁收受管理服务对象赠送的月饼、土特产等礼品礼金，严禁违规发放津贴补贴。",
        _ => "严禁公款吃喝、公款旅游和违规接受宴请，严禁公车私用。",
    };

    public const string ReminderPrefix = "【再次提醒】您尚未确认收到以下提醒，请阅读后点击“收到”。\n\n";

    public const string ArrangementEmptyItem = "holidays 中有空项（null）";

    public static string ArrangementBadYear(int year) => $"年份 {year} 不在 2001–2099 之间";
    public const string ArrangementEmpty = "没有任何节日安排（holidays 为空）";
    public const string ArrangementNoKey = "有一项安排没有写节日（keys 为空）";
    public static string ArrangementUnknownKey(string key, string known) => $"不认识的节日 {key}（可用：{known}）";
    public static string ArrangementBadRange(string keys, DateOnly firstOffDay, DateOnly lastOffDay) =>
        $"{keys} 的放假日期不对：{firstOffDay} 至 {lastOffDay}";
    public static string ArrangementWrongYear(string keys, DateOnly firstOffDay, int year) =>
        $"{keys} 的放假首日 {firstOffDay} 不在 {year} 年前后";
}
