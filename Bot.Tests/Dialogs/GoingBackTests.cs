using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs;

/// <summary>上一步 / 返回 goes back one question and keeps the answers given before it. The clock stands at Tuesday
/// 2026-12-01 09:00 in Shanghai.</summary>
public sealed class GoingBackTests : IAsyncLifetime
{
    /// <summary>备案 of a wedding, question by question: what is asked, a first answer and the answer given after going back.</summary>
    private static readonly (string Question, string First, string Second)[] Wedding =
    [
        ("请选择要备案的事项类别", "婚嫁", "婚嫁"),
        ("这是谁的事项", "本人", "子女"),
        ("婚嫁的日期是哪天", "12月12日", "12月19日"),
        ("在什么地点", "县城国际大酒店", "县城锦江大酒店"),
        ("预计办多少桌", "8", "10"),
        ("预计参加多少人", "80", "100"),
        ("是否与对方家庭同城合办", "是", "否"),
        ("多少辆车", "2", "0"),
        ("是否邀请管理服务对象", "是", "否"),
        ("是否邀请下属", "是", "否"),
    ];

    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Going_back_at_every_question_of_a_filing_asks_the_one_before_again_and_keeps_the_earlier_answers()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        zhu.Hears(Wedding[0].Question);
        await zhu.SaysAsync("上一步");
        zhu.Hears("这已经是第一个问题了。", Wedding[0].Question);

        await zhu.SaysAsync(Wedding[0].First);
        for (var i = 1; i < Wedding.Length; i++)
        {
            zhu.Hears(Wedding[i].Question);
            await zhu.SaysAsync(Wedding[i].First);
            await zhu.SaysAsync(i % 2 == 0 ? "上一步" : "返回");
            zhu.Hears(Wedding[i].Question);
            zhu.DoesNotHear(i + 1 < Wedding.Length ? Wedding[i + 1].Question : "请核对以下备案内容");
            await zhu.SaysAsync(Wedding[i].Second);
        }

        zhu.Hears("请核对以下备案内容", "当事人：子女", "日期：2026年12月19日", "地点：县城锦江大酒店", "预计桌数：10桌", "预计人数：100人",
            "同城合办：否", "用车数量：0辆", "邀请管理服务对象：否", "邀请下属：否");

        // Back from the summary, twice: the two last questions, the answers before them kept.
        await zhu.SaysAsync("上一步");
        zhu.Hears(Wedding[^1].Question);
        await zhu.SaysAsync("上一步");
        zhu.Hears(Wedding[^2].Question);
        await zhu.SaysAsync("是");
        await zhu.SaysAsync("否");
        zhu.Hears("请核对以下备案内容", "地点：县城锦江大酒店", "邀请管理服务对象：是", "邀请下属：否");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("备案成功");
        Assert.Single(await _bot.QueryAsync(db => db.Filings.Where(f => f.FilerId == zhu.StaffId).ToListAsync()));

        // The filing is made: nothing to go back into.
        await zhu.SaysAsync("上一步");
        zhu.Hears("当前没有正在办理的事项。");
        Assert.Single(await _bot.QueryAsync(db => db.Filings.Where(f => f.FilerId == zhu.StaffId).ToListAsync()));
    }

    [Fact]
    public async Task A_button_of_the_question_gone_back_to_answers_it()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        await zhu.ClicksAsync("婚嫁");
        zhu.Hears("这是谁的事项");
        await zhu.SaysAsync("返回");
        zhu.Hears("请选择要备案的事项类别");
        await zhu.ClicksAsync("丧事");
        zhu.Hears("这是谁的事项");
        await zhu.SaysAsync("父母");
        zhu.Hears("丧事的日期是哪天");
    }
}
