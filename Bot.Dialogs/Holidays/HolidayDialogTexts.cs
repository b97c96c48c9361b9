namespace Lianzheng.Dialogs.Holidays;

/// <summary>What the holiday template dialog (节日提醒模板) says.</summary>
internal static class HolidayDialogTexts
{
    public const string TemplateName = "节日提醒模板";
    public const string TemplateHelp = "廉政监督员查看和修改各节日廉洁提醒的文本";
    public const string TemplateTitle = "节日提醒模板";
    public const string AskTemplateHoliday = "查看或修改哪个节日的提醒？";
    public static string TemplateCurrent(string holiday, string origin, string text, string preview) =>
        $"{holiday}提醒的{origin}文本：\n{text}\n\n发出时将是：\n{preview}";
    public const string TemplateCustom = "自定义";
    public const string TemplateDefault = "默认";
    public const string TemplateEdit = "修改";
    public const string TemplateReset = "恢复默认";
    public const string TemplateKeep = "不改了";
    public const string AskTemplateText = "请输入新的提醒文本（不超过 1000 字）。可用占位符：{holiday} 节日名称、{firstOffDay} 放假首日、{lastOffDay} 放假末日、{bureau} 单位名称。";
    public const string ExampleTemplate = "{holiday}将至（{firstOffDay}至{lastOffDay}放假），请严守中央八项规定精神……";
    public static string TemplateUnknownPlaceholders(string unknown) =>
        $"不认识的占位符：{unknown}。可用的只有 {{holiday}} {{firstOffDay}} {{lastOffDay}} {{bureau}}。";
    public static string ConfirmTemplate(string preview) => $"发出时将是：\n{preview}\n\n保存吗？";
    public static string TemplateSaved(string holiday) => $"已保存{holiday}提醒的新文本，下次发送时使用。";
    public static string TemplateWasReset(string holiday) => $"已恢复{holiday}提醒的默认文本。";
    public const string TemplateUnchanged = "好的，没有修改。";
}
