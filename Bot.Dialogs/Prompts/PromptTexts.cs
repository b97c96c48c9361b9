namespace Lianzheng.Dialogs.Prompts;

/// <summary>What prompts say when an answer does not fit.</summary>
internal static class PromptTexts
{
    public const string StaleButton = "这个按钮已失效，请回答当前的问题。";
    public const string Empty = "没有收到内容，请重新输入。";
    public const string TextWithoutWords = "请用文字回答：只有表情或标点的内容无法记录。";
    public static string ChoiceNotRecognized(string text) => $"“{text}”不在选项中，请从下列选项中选择一个（可直接回复序号）。";

    public static string ChoiceAmbiguous(string text) => $"有不止一个“{text}”，请点击对应的按钮或回复序号。";
    public const string ConfirmNotRecognized = "请回答“是”或“否”。";
    public static string NumberNotRecognized(string text, string example) => $"“{text}”不是一个整数，请输入数字，例如：{example}。";
    public static string NumberTooSmall(int min, string example) => $"数值不能小于 {min}，请重新输入，例如：{example}。";
    public static string NumberTooLarge(int max, string example) => $"数值不能大于 {max}，请重新输入，例如：{example}。";
    public static string DateNotRecognized(string text) => $"没能识别“{text}”这个日期。请这样写：12月5日、2026-12-05、12/5、明天、下周五。";
    public static string DateTooEarly(string date, string example) => $"日期不能早于 {date}，请重新输入，例如：{example}。";
    public static string DateTooLate(string date, string example) => $"日期不能晚于 {date}，请重新输入，例如：{example}。";
    public static string TextTooLong(int maxLength) => $"内容太长了（最多 {maxLength} 个字），请精简后重新输入。";
    public static string ExampleSuffix(string example) => $"例如：{example}";
    public const string Yes = "是";
    public const string No = "否";

    public static readonly string[] YesWords = ["是", "是的", "对", "对的", "好", "好的", "确认", "确定", "同意", "提交", "确认提交", "有", "已交回", "y", "yes", "ok"];
    public static readonly string[] NoWords = ["否", "不", "不是", "没有", "无", "不要", "不用", "未交回", "n", "no"];
}
