using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Tests.Dialogs.Prompts;

/// <summary>Yes/no answers and counts, as people type them.</summary>
public sealed class AnswerWordsTests
{
    [Theory]
    [InlineData("是", true)]
    [InlineData("是的", true)]
    [InlineData("是的。", true)]
    [InlineData("对", true)]
    [InlineData("对的", true)]
    [InlineData("好", true)]
    [InlineData("好的", true)]
    [InlineData("好的！", true)]
    [InlineData("可以", true)]
    [InlineData("行", true)]
    [InlineData("同意", true)]
    [InlineData("需要", true)]
    [InlineData("要", true)]
    [InlineData("有", true)]
    [InlineData("有的", true)]
    [InlineData("邀请了", true)]
    [InlineData("保存", true)]
    [InlineData("没问题", true)]
    [InlineData("嗯", true)]
    [InlineData("嗯，是的", true)]
    [InlineData("OK", true)]
    [InlineData("1", true)]
    [InlineData("否", false)]
    [InlineData("不是", false)]
    [InlineData("不是的", false)]
    [InlineData("不对", false)]
    [InlineData("不需要", false)]
    [InlineData("不要", false)]
    [InlineData("没有", false)]
    [InlineData("没有的", false)]
    [InlineData("没邀请", false)]
    [InlineData("没有邀请", false)]
    [InlineData("不邀请", false)]
    [InlineData("不保存", false)]
    [InlineData("不同意", false)]
    [InlineData("不用了", false)]
    [InlineData("算了", false)]
    [InlineData("无", false)]
    [InlineData("no", false)]
    [InlineData("2", false)]
    public void Reads_yes_and_no_the_ways_people_say_them(string text, bool expected) =>
        Assert.Equal(expected, YesNoAnswer.Read(text, "是", "否"));

    [Theory]
    [InlineData("确认提交", true)]
    [InlineData("不提交", false)]
    [InlineData("先不提交", null)]
    [InlineData("返回修改", false)]
    public void Reads_the_labels_of_the_buttons_and_their_negation(string text, bool? expected) =>
        Assert.Equal(expected, YesNoAnswer.Read(text, "确认提交", "返回修改"));

    /// <summary>有/无 asks a fact (有无违反廉洁承诺的行为？): agreeing words are no answer to it.</summary>
    [Theory]
    [InlineData("有", true)]
    [InlineData("有的", true)]
    [InlineData("是的", true)]
    [InlineData("无", false)]
    [InlineData("没有", false)]
    [InlineData("不存在", false)]
    [InlineData("没问题", null)]
    [InlineData("好的", null)]
    [InlineData("可以", null)]
    [InlineData("确认", null)]
    [InlineData("不确定", null)]
    public void A_question_of_fact_takes_only_words_of_fact(string text, bool? expected) =>
        Assert.Equal(expected, YesNoAnswer.Read(text, "有", "无"));

    [Theory]
    [InlineData("也许吧")]
    [InlineData("不知道")]
    [InlineData("3")]
    [InlineData("看情况")]
    [InlineData("嗯？")]
    [InlineData("不确定")]
    [InlineData("不清楚")]
    [InlineData("是吗?")]
    [InlineData("")]
    public void Leaves_what_is_neither(string text) => Assert.Null(YesNoAnswer.Read(text, "是", "否"));

    [Theory]
    [InlineData("12", 12, null, false)]
    [InlineData("12桌", 12, "桌", false)]
    [InlineData("十二桌", 12, "桌", false)]
    [InlineData("１２桌", 12, "桌", false)]
    [InlineData("120人", 120, "人", false)]
    [InlineData("一百二十人", 120, "人", false)]
    [InlineData("两百人", 200, "人", false)]
    [InlineData("共12桌", 12, "桌", false)]
    [InlineData("150 人", 150, "人", false)]
    [InlineData("约100人", 100, "人", true)]
    [InlineData("大概100人", 100, "人", true)]
    [InlineData("100人左右", 100, "人", true)]
    [InlineData("100多人", 100, "人", true)]
    [InlineData("一百多人", 100, "人", true)]
    [InlineData("十来桌", 10, "桌", true)]
    [InlineData("十几桌", 10, "桌", true)]
    [InlineData("十来个人", 10, "个人", true)]
    [InlineData("八九桌", 9, "桌", true)]
    [InlineData("两三桌", 3, "桌", true)]
    [InlineData("8到10桌", 10, "桌", true)]
    [InlineData("8-10桌", 10, "桌", true)]
    [InlineData("不超过10桌", 10, "桌", true)]
    [InlineData("-3", -3, null, false)]
    [InlineData("1200000元", 1200000, "元", false)]
    public void Reads_a_count_with_its_unit_and_marks_an_approximation(string text, int value, string? unit, bool approximate) =>
        Assert.Equal(new Quantity(value, unit, approximate), ChineseQuantity.Read(text));

    [Theory]
    [InlineData("很多")]
    [InlineData("几十桌")]
    [InlineData("10到8桌")]
    [InlineData("12桌120人")]
    public void Refuses_what_is_not_a_count(string text) => Assert.Null(ChineseQuantity.Read(text));

    [Theory]
    [InlineData("桌", "人", true)]
    [InlineData("席", "人", true)]
    [InlineData("位", "人", false)]
    [InlineData("个", "人", false)]
    [InlineData("个人", "人", false)]
    [InlineData(null, "人", false)]
    [InlineData("人", null, false)]
    public void Tells_a_count_in_another_unit(string? written, string? asked, bool other) =>
        Assert.Equal(other, ChineseQuantity.IsOtherKind(written, asked));
}
