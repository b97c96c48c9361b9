namespace Lianzheng.Dialogs.Prompts;

/// <summary>What prompts say when an answer does not fit.</summary>
internal static class PromptTexts
{
    public const string StaleButton = "这个按钮已失效，请回答当前的问题。";
    public const string Empty = "没有收到内容，请重新输入。";
    public const string TextWithoutWords = "请用文字回答：只有表情或标点的内容无法记录。";
    public static string ChoiceNotRecognized(string text) => $"“{text}”不在选项中，请从下列选项中选择一个（可直接回复序号）。";

    public static string ChoiceCouldBe(string text, IEnumerable<string> labels) =>
        $"“{text}”可能是：{string.Join("、", labels)}。请点击对应的按钮或回复序号。";

    public static string ChoiceAmbiguous(string text) => $"有不止一个“{text}”，请点击对应的按钮或回复序号。";
    public static string ConfirmNotRecognized(string yes, string no) => yes == Yes && no == No
        ? "请回答“是”或“否”（也可回复 1 或 2）。"
        : $"请回答“是”或“否”，或点击“{yes}”“{no}”。";
    public static string NumberNotRecognized(string text, string example) => $"“{text}”不是一个整数，请输入数字，例如：{example}。";
    public static string NumberOtherUnit(string text, string unit, string example) =>
        $"这里问的是{CountName(unit)}，“{text}”不是{CountName(unit)}。请填写{CountName(unit)}，例如：{example}。";

    public static string NumberApproximate(string text, int number, string? unit) =>
        $"“{text}”是个约数，按 {number}{unit} 登记吗？如需更准确，请直接回复数字。";

    public static string NumberBelow(int number, string? unit, string what) => $"您填的是 {number}{unit}，少于{what}，确定吗？";
    public static string TakeNumber(int number, string? unit) => $"按 {number}{unit} 登记";
    public const string Retype = "重新填写";
    public const string PreviousPage = "上一页";
    public const string NextPage = "下一页";

    private static string CountName(string unit) => unit switch
    {
        "人" => "人数",
        "桌" => "桌数",
        "辆" => "车辆数",
        "元" => "金额（元）",
        "天" => "天数",
        _ => "数量",
    };

    public static string NumberTooSmall(int min, string example) => $"数值不能小于 {min}，请重新输入，例如：{example}。";
    public static string NumberTooLarge(int max, string example) => $"数值不能大于 {max}，请重新输入，例如：{example}。";
    public static string DateNotRecognized(string text) =>
        $"没能识别“{text}”这个日期。请这样写：12月5日、2026-12-05、明天、下周五、下个月3号、3天后，农历日期如：腊月初八。";

    public static string DateImpossible(string problem, string example) => $"{problem}，请重新输入，例如：{example}。";

    public static string DateEcho(string date) => $"已记下：{date}。";
    public static string NoSuchMonth(int month) => $"没有{month}月";
    public static string NoSuchDay(int day) => $"一个月最多31日，没有{day}日";

    public static string NoSuchDate(int month, int day, int? year) => year is { } y
        ? $"{y}年{month}月没有{day}日" + (month == 2 && day == 29 ? $"（{y}年不是闰年）" : "")
        : $"{month}月没有{day}日";

    public static string WeekdayMismatch(string date, string weekday, string stated) => $"{date}是{weekday}，不是{stated}，请核对";
    public static string ShortLunarMonth(int lunarYear, string month, string day) => $"农历{lunarYear}年的{month}只有二十九天，没有{month}{day}";
    public static string NoLeapMonth(int lunarYear, string month) => $"农历{lunarYear}年没有{month}";
    public static string NoLeapMonthNearby(string month) => $"近年的农历没有{month}";
    public const string WhichDay = "请说明具体是哪一天";
    public static string DateTooEarly(string date, string example) => $"日期不能早于 {date}，请重新输入，例如：{example}。";
    public static string DateTooLate(string date, string example) => $"日期不能晚于 {date}，请重新输入，例如：{example}。";
    public static string TextTooLong(int maxLength) => $"内容太长了（最多 {maxLength} 个字），请精简后重新输入。";
    public static string ExampleSuffix(string example) => $"例如：{example}";
    public const string Yes = "是";
    public const string No = "否";

}
