using Lianzheng.Core.Filings;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs;

/// <summary>Answers as people type them — 我儿子, 腊月初八, 十来桌, 没邀请 — understood at every question of 备案 and
/// 记录谈话, with a question back where an answer is doubtful. The clock stands at Tuesday 2026-12-01 09:00 in Shanghai.</summary>
public sealed class NaturalAnswersTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task A_wedding_is_filed_with_a_lunar_date_an_approximate_table_count_and_plain_yes_and_no_words()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        await zhu.SaysAsync("结婚");
        zhu.Hears("这是谁的事项");
        await zhu.SaysAsync("我儿子");
        zhu.Hears("婚嫁的日期是哪天");

        await zhu.SaysAsync("2月30日");
        zhu.Hears("2月没有30日，请重新输入，例如：");
        await zhu.SaysAsync("12月5日（周五）");
        zhu.Hears("2026年12月5日是星期六，不是周五，请核对");
        await zhu.SaysAsync("腊月初八");
        zhu.Hears("已记下：2027年1月15日（星期五，农历腊月初八）。", "在什么地点");

        await zhu.SaysAsync("县城锦江大酒店");
        zhu.Hears("预计办多少桌");
        await zhu.SaysAsync("十来桌");
        zhu.Hears("“十来桌”是个约数，按 10桌 登记吗？");
        zhu.SeesButtons("按 10桌 登记", "重新填写");
        await zhu.ClicksAsync("重新填写");
        zhu.Hears("预计办多少桌");
        await zhu.SaysAsync("大概12桌");
        await zhu.ClicksAsync("按 12桌 登记");
        zhu.Hears("预计参加多少人");

        await zhu.SaysAsync("12桌");
        zhu.Hears("这里问的是人数，“12桌”不是人数。请填写人数，例如：120。");
        await zhu.SaysAsync("8人");
        zhu.Hears("您填的是 8人，少于桌数（12桌），确定吗？");
        // Typed instead of a button: a fresh answer to the question.
        await zhu.SaysAsync("一百二十人");
        zhu.Hears("是否与对方家庭同城合办");
        await zhu.SaysAsync("不是");
        zhu.Hears("多少辆车");
        await zhu.SaysAsync("0");
        zhu.Hears("是否邀请管理服务对象");
        await zhu.SaysAsync("没邀请");
        zhu.Hears("是否邀请下属");
        await zhu.SaysAsync("2");
        zhu.Hears("请核对以下备案内容", "当事人：子女", "日期：2027年1月15日", "预计桌数：12桌", "预计人数：120人", "邀请管理服务对象：否", "邀请下属：否");

        await zhu.SaysAsync("好的");
        zhu.Hears("备案成功");
        var filing = await _bot.QueryAsync(db => db.Filings.SingleAsync(f => f.FilerId == zhu.StaffId));
        Assert.Equal(
            (FilingKind.Wedding, EventSubject.Child, new DateOnly(2027, 1, 15), 12, 120),
            (filing.Kind, filing.Subject, filing.EventDate, filing.ExpectedTables, filing.ExpectedGuests));
        Assert.False(filing.InvitesManagedObjects);
        Assert.False(filing.InvitesSubordinates);
    }

    [Fact]
    public async Task A_number_typed_at_the_question_about_an_approximation_is_the_answer_and_going_back_forgets_the_question()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("儿子12月26日结婚，在县城国际大酒店办");
        zhu.Hears("预计办多少桌");
        await zhu.SaysAsync("两三桌");
        zhu.Hears("按 3桌 登记吗");
        await zhu.SaysAsync("2");
        zhu.Hears("预计参加多少人");

        await zhu.SaysAsync("上一步");
        zhu.Hears("预计办多少桌");
        await zhu.SaysAsync("两三桌");
        await zhu.ClicksAsync("按 3桌 登记");
        zhu.Hears("预计参加多少人");
        await zhu.SaysAsync("上一步");
        zhu.Hears("预计办多少桌");
        zhu.DoesNotHear("按 3桌 登记吗");
        await zhu.SaysAsync("1");
        zhu.Hears("预计参加多少人");
        await zhu.SaysAsync("10");
        await zhu.SaysAsync("否");
        await zhu.SaysAsync("0");
        await zhu.SaysAsync("否");
        await zhu.SaysAsync("否");
        zhu.Hears("预计桌数：1桌", "预计人数：10人");
    }

    [Fact]
    public async Task A_choice_is_made_by_a_synonym_a_part_of_its_label_or_its_place_and_an_ambiguous_part_is_named()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        await zhu.SaysAsync("出国");
        zhu.Hears("前往哪个国家或地区");
        await zhu.SaysAsync("取消");

        await zhu.SaysAsync("备案");
        await zhu.SaysAsync("第二个");
        zhu.Hears("这是谁的事项");
        await zhu.SaysAsync("父");
        zhu.Hears("“父”可能是：父母、配偶父母。请点击对应的按钮或回复序号。");
        await zhu.SaysAsync("岳母");
        zhu.Hears("丧事的日期是哪天");
    }

    [Fact]
    public async Task A_leader_records_a_talk_held_one_to_one_by_saying_so()
    {
        var zhou = await _bot.ChatAsAsync("周建国");
        await zhou.SaysAsync("记录谈话");
        await zhou.SaysAsync("1");
        zhou.Hears("谈话类型");
        await zhou.SaysAsync("日常");
        zhou.Hears("谈话形式");
        await zhou.SaysAsync("一对一");
        zhou.Hears("谈话是哪一天");
        await zhou.SaysAsync("今天上午");
        zhou.Hears("已记下：2026年12月1日（星期二）。");
    }
}
