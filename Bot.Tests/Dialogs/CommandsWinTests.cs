using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs;

/// <summary>A command typed as the whole message is a command, never an answer to the open question, and a keyword
/// inside a longer message starts nothing.</summary>
public sealed class CommandsWinTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Menu_typed_at_the_title_question_of_a_broadcast_shows_the_menu_and_is_not_taken_as_the_title()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("发送廉政提醒");
        wang.Hears("提醒的标题");

        await wang.SaysAsync("菜单");
        wang.Hears("请选择要办理的事项", "当前事项尚未完成");
        wang.DoesNotHear("提醒内容");

        await wang.SaysAsync("月度廉政提醒");
        wang.DoesNotHear("提醒的标题");
        await wang.SaysAsync("取消");
        wang.Hears("已取消当前操作");
        Assert.Empty(await _bot.QueryAsync(db => db.OutboxMessages.Where(m => m.Title == "菜单").ToListAsync()));
    }

    [Fact]
    public async Task Another_command_in_the_middle_of_a_dialog_asks_before_the_open_one_is_abandoned()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        await zhu.ClicksAsync("婚嫁");
        zhu.Hears("这是谁的事项");

        await zhu.SaysAsync("我的备案");
        zhu.Hears("您正在办理“备案”，尚未完成", "改为办理“我的备案”");
        zhu.SeesButtons("改为“我的备案”", "继续“备案”");

        await zhu.ClicksAsync("继续“备案”");
        zhu.Hears("这是谁的事项");
        await zhu.SaysAsync("我的备案");
        await zhu.ClicksAsync("改为“我的备案”");
        zhu.Hears("已放弃未完成的“备案”");
        zhu.DoesNotHear("这是谁的事项");
    }

    [Fact]
    public async Task A_command_that_the_open_question_offers_as_an_answer_is_the_answer()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        zhu.Hears("请选择要备案的事项类别");
        await zhu.SaysAsync("婚嫁");
        zhu.Hears("这是谁的事项");
    }

    [Fact]
    public async Task A_free_text_answer_of_only_emoji_or_punctuation_is_refused_and_the_question_asked_again()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("发送廉政提醒");
        wang.Hears("提醒的标题");
        foreach (var nothing in new[] { "👍👍", "？？？", "……", "🙂 !" })
        {
            await wang.SaysAsync(nothing);
            wang.Hears("请用文字回答", "提醒的标题");
            wang.DoesNotHear("提醒内容");
        }

        await wang.SaysAsync("国庆廉政提醒🇨🇳");
        wang.Hears("提醒内容");
    }

    [Fact]
    public async Task A_command_someone_may_not_use_says_whose_it_is_instead_of_not_understood()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("发送廉政提醒");
        zhu.Hears("“发送廉政提醒”仅限廉政监督员使用");
        zhu.DoesNotHear("没听懂");
        zhu.DoesNotHear("提醒的标题");

        await zhu.SaysAsync("记录谈话");
        zhu.Hears("“记录谈话”仅限班子成员、党组书记使用");

        // One whose rule is not a role says it is not among his matters.
        var sun = await _bot.ChatAsAsync("孙正平");
        await sun.SaysAsync("执行情况报告");
        sun.DoesNotHear("没听懂");
        Assert.Empty(await _bot.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.IntegrityMessage).ToListAsync()));
    }

    [Fact]
    public async Task Cancel_filing_with_nothing_open_cancels_nothing_and_starts_no_filing()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("取消备案");
        zhu.Hears("当前没有进行中的操作", "撤回备案");
        zhu.DoesNotHear("请选择要备案的事项类别");

        // The word inside a sentence that asks for something else starts nothing; a sentence that asks for a filing
        // (我要备案结婚的事) begins one, see OneSentenceTests.
        await zhu.SaysAsync("备案表在哪里下载");
        zhu.DoesNotHear("请选择要备案的事项类别");
        zhu.Hears("没听懂");
    }

    [Fact]
    public async Task A_free_text_answer_that_begins_with_a_cancel_word_is_an_answer()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月12日");
        await zhu.SaysAsync("我的备案");
        await zhu.ClicksAsync("#1 婚嫁 12月12日");
        await zhu.ClicksAsync("撤回备案");
        zhu.Hears("请说明撤回 #1 的原因");

        await zhu.SaysAsync("取消婚宴了");
        zhu.Hears("确认撤回备案 #1");
        zhu.DoesNotHear("已取消当前操作");
    }
}
