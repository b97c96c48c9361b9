using Lianzheng.Core.Persistence;
using Lianzheng.Core.Filings;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs;

/// <summary>One sentence, several answers: what staff say in one message begins the right dialog with what it says
/// filled, and only the rest is asked. The clock stands at Tuesday 2026-12-01 09:00 in Shanghai.</summary>
public class OneSentenceTests : IAsyncLifetime
{
    /// <summary>These conversations again on PostgreSQL: the same turns, stored by the other provider.</summary>
    public sealed class OnPostgres : OneSentenceTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
    }

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync(provider: Provider);

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task A_wedding_told_in_one_sentence_asks_only_what_it_did_not_say()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("我儿子下个月12号结婚，在县城锦江大酒店办10桌");
        zhu.Hears("已从您的话中记下：婚嫁；子女；2027年1月12日（星期二）；县城锦江大酒店；10桌。其余内容请逐项回答。", "预计参加多少人");
        zhu.DoesNotHear("这是谁的事项");
        await zhu.SaysAsync("100");
        await zhu.SaysAsync("否");
        await zhu.SaysAsync("0");
        await zhu.SaysAsync("否");
        await zhu.SaysAsync("否");
        zhu.Hears("请核对以下备案内容", "事项类别：婚嫁", "当事人：子女", "日期：2027年1月12日", "地点：县城锦江大酒店", "预计桌数：10桌", "预计人数：100人");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("备案成功");
        var filing = await _bot.QueryAsync(db => db.Filings.SingleAsync(f => f.FilerId == zhu.StaffId));
        Assert.Equal((FilingKind.Wedding, EventSubject.Child, new DateOnly(2027, 1, 12), "县城锦江大酒店", 10, 100),
            (filing.Kind, filing.Subject, filing.EventDate, filing.Place, filing.ExpectedTables, filing.ExpectedGuests));
    }

    [Fact]
    public async Task A_funeral_and_a_trip_are_begun_from_what_people_say()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("我父亲去世了");
        zhu.Hears("已从您的话中记下：丧事；父母。", "丧事的日期是哪天");
        await zhu.SaysAsync("取消");

        await zhu.SaysAsync("春节想去香港");
        zhu.Hears("已从您的话中记下：因私出国（境）；2027年2月6日（星期六，农历正月初一）；香港。");
        zhu.DoesNotHear("前往哪个国家或地区");
        zhu.DoesNotHear("出发日期");
        await zhu.SaysAsync("取消");

        await zhu.SaysAsync("结婚");
        zhu.Hears("已从您的话中记下：婚嫁。", "这是谁的事项");
        await zhu.SaysAsync("取消");

        // Only the wish to file: the questions from the first, and nothing said back that he did not say.
        await zhu.SaysAsync("我想报备一下");
        zhu.Hears("请选择要备案的事项类别");
        await zhu.ClicksAsync("婚嫁");
        zhu.DoesNotHear("已从您的话中记下");
        await zhu.SaysAsync("取消");

        // A date the question would refuse is asked again rather than taken.
        await zhu.SaysAsync("儿子上个月3号结婚");
        zhu.Hears("已从您的话中记下：婚嫁；子女。", "婚嫁的日期是哪天");
    }

    [Fact]
    public async Task A_leader_begins_a_talk_record_by_naming_the_head_and_the_day()
    {
        var wu = await _bot.ChatAsAsync("吴海燕");
        await wu.SaysAsync("今天和陈晓梅谈话");
        wu.Hears("谈话对象：陈晓梅（财政审计股）。", "谈话类型");
        await wu.SaysAsync("日常");
        await wu.SaysAsync("一对一");
        wu.Hears("已记下：2026年12月1日（星期二）。", "谈话内容");
        await wu.SaysAsync("取消");

        await wu.SaysAsync("明天和陈晓梅谈话");
        await wu.SaysAsync("日常");
        await wu.SaysAsync("一对一");
        wu.Hears("2026年12月2日的谈话还未进行", "谈话是哪一天");
    }

    [Fact]
    public async Task A_talk_sentence_from_someone_who_records_no_talks_says_whose_it_is()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("明天和陈晓梅谈话");
        zhu.Hears("“记录谈话”仅限班子成员、党组书记使用");
    }

    [Fact]
    public async Task A_postponed_wedding_asks_which_filing_to_amend_and_taking_back_is_no_filing()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月12日");
        await FilingConversations.FileWeddingAsync(zhu, "12月19日");

        await zhu.SaysAsync("婚期推迟，另行备案");
        zhu.Hears("修改");
        zhu.SeesButtons("#1 婚嫁 12月12日", "#2 婚嫁 12月19日");
        await zhu.SaysAsync("取消");

        await zhu.SaysAsync("取消备案");
        zhu.DoesNotHear("请选择要备案的事项类别");
        Assert.Equal(2, await _bot.QueryAsync(db => db.Filings.CountAsync(f => f.FilerId == zhu.StaffId)));
    }
}
