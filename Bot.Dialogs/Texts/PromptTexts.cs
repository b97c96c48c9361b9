namespace Lianzheng.Dialogs.Texts;

/// <summary>What prompts say when an answer does not fit.</summary>
internal static class PromptTexts
{
    public const string StaleButton = "这个按钮已失效，请回答当前的问题。";
    public const string Empty = "没有收到内容，请重新输入。";
    public const string ChoiceNotRecognized = "“{0}”不在选项中，请从下列选项中选择一个（可直接回复序号）。";
    public const string ConfirmNotRecognized = "请回答“是”或“否”。";
    public const string NumberNotRecognized = "“{0}”不是一个整数，请输入数字，例如：{1}。";
    public const string NumberTooSmall = "数值不能小于 {0}，请重新输入，例如：{1}。";
    public const string NumberTooLarge = "数值不能大于 {0}，请重新输入，例如：{1}。";
    public const string DateNotRecognized = "没能识别“{0}”这个日期。请这样写：12月5日、2026-12-05、12/5、明天、下周五。";
    public const string DateTooEarly = "日期不能早于 {0}，请重新输入，例如：{1}。";
    public const string DateTooLate = "日期不能晚于 {0}，请重新输入，例如：{1}。";
    public const string TextTooLong = "内容太长了（最多 {0} 个字），请精简后重新输入。";
    public const string ExampleSuffix = "例如：{0}";
    public const string Yes = "是";
    public const string No = "否";

    public static readonly string[] YesWords = ["是", "是的", "对", "对的", "好", "好的", "确认", "确定", "同意", "提交", "确认提交", "有", "已交回", "y", "yes", "ok"];
    public static readonly string[] NoWords = ["否", "不", "不是", "没有", "无", "不要", "不用", "未交回", "n", "no"];
}
