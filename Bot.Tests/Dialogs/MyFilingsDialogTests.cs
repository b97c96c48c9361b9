using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs;

/// <summary>我的备案、修改备案、撤回备案、事后报告, told as conversations.</summary>
public sealed class MyFilingsDialogTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task An_empty_list_offers_to_file()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("我的备案");
        zhu.Hears("您还没有备案记录");
        zhu.SeesButtons("备案");
        await zhu.SaysAsync("撤回");
        zhu.Hears("您没有可以修改或撤回的备案");
        await zhu.SaysAsync("事后报告");
        zhu.Hears("您目前没有需要事后报告的备案");
    }

    [Fact]
    public async Task A_filing_is_listed_opened_and_withdrawn_with_a_reason_and_the_record_stays()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月12日");
        await FilingConversations.FileTripAsync(zhu, "12月20日", "12月28日");

        await zhu.SaysAsync("我的备案");
        zhu.Hears("您共有 2 条备案", "#2：因私出国（境） 2026年12月20日 · 待审核", "#1：婚嫁 2026年12月12日 · 待审核");
        await zhu.ClicksAsync("#1 婚嫁 12月12日");
        zhu.Hears("备案详情", "该事项尚未发生，可以修改或撤回");
        zhu.SeesButtons("修改备案", "撤回备案", "返回列表");

        await zhu.ClicksAsync("撤回备案");
        zhu.Hears("请说明撤回 #1 的原因");
        await zhu.SaysAsync(new string('因', 101));
        zhu.Hears("内容太长了");
        await zhu.SaysAsync("婚期推迟到明年");
        zhu.Hears("确认撤回备案 #1");
        await zhu.SaysAsync("嗯？");
        zhu.Hears("请回答“是”或“否”");
        await zhu.ClicksAsync("确认撤回");
        zhu.Hears("备案 #1 已撤回", "状态：已撤回", "撤回原因：婚期推迟到明年");

        var withdrawn = await _bot.QueryAsync(db => db.Filings.SingleAsync(f => f.Id == 1));
        Assert.Equal(FilingStatus.Withdrawn, withdrawn.Status);
        var leader = await _bot.ChatAsAsync("吴海燕");
        Assert.Contains(await leader.InboxAsync(), m => m.Title == "个人事项备案撤回通知" && m.Body.Contains("婚期推迟到明年", StringComparison.Ordinal));

        await zhu.SaysAsync("我的备案");
        zhu.Hears("#1：婚嫁 2026年12月12日 · 已撤回");
        await zhu.SaysAsync("2");
        zhu.Hears("该备案已不能修改");
        Assert.DoesNotContain("撤回备案", zhu.Buttons);
    }

    [Fact]
    public async Task An_amendment_changes_chosen_fields_and_tells_the_leader_what_changed()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月12日");

        await zhu.SaysAsync("修改备案");
        zhu.Hears("备案 #1 当前内容如下", "要修改哪一项");
        await zhu.SaysAsync("预计人数");
        await zhu.SaysAsync("八十");
        zhu.Hears("待提交的修改", "修改预计人数：100人 → 80人");
        await zhu.SaysAsync("日期");
        await zhu.SaysAsync("12月13日");
        zhu.Hears("修改日期：2026年12月12日 → 2026年12月13日");
        await zhu.SaysAsync("提交修改");
        zhu.Hears("备案 #1 已修改，已重新送审", "预计人数：80人", "日期：2026年12月13日", "状态：待审核");

        var filing = await _bot.QueryAsync(db => db.Filings.SingleAsync());
        Assert.Equal((80, new DateOnly(2026, 12, 13), 1), (filing.ExpectedGuests, filing.EventDate, filing.Version));
        var leader = await _bot.ChatAsAsync("吴海燕");
        // The leader reviews: the amendment reaches him as a new review card saying what changed.
        var notice = (await leader.InboxAsync()).Last();
        Assert.Equal("个人事项备案审核", notice.Title);
        Assert.Contains("修改了个人事项备案", notice.Body, StringComparison.Ordinal);
        Assert.Contains("100人 → 80人", notice.FactsJson, StringComparison.Ordinal);
        var supervisor = await _bot.ChatAsAsync("王秀兰");
        Assert.Equal("个人事项备案变更通知", (await supervisor.InboxAsync()).Last().Title);

        await zhu.SaysAsync("修改");
        await zhu.SaysAsync("提交修改");
        zhu.Hears("没有修改任何内容");
    }

    [Fact]
    public async Task After_the_event_the_follow_up_report_closes_a_banquet_and_a_trip()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月5日");
        await FilingConversations.FileTripAsync(zhu, "12月10日", "12月20日");
        var leader = await _bot.ChatAsAsync("吴海燕");
        await zhu.SaysAsync("事后报告");
        zhu.Hears("您目前没有需要事后报告的备案");
        await FilingConversations.ApproveAsync(leader, 1);
        await FilingConversations.ApproveAsync(leader, 2);

        await zhu.SaysAsync("事后报告");
        zhu.Hears("您目前没有需要事后报告的备案");

        _bot.Time.Advance(TimeSpan.FromDays(5));
        await zhu.SaysAsync("修改备案");
        zhu.Hears("备案 #2 当前内容如下");
        await zhu.SaysAsync("取消");

        await zhu.SaysAsync("事后报告");
        zhu.Hears("实际办了多少桌");
        await zhu.SaysAsync("十");
        zhu.Hears("实际参加多少人");
        await zhu.SaysAsync("95");
        zhu.Hears("宴请范围包括哪些");
        await zhu.ClicksAsync("亲属");
        zhu.Hears("已选：亲属");
        await zhu.ClicksAsync("同事");
        await zhu.ClicksAsync("选好了");
        zhu.Hears("实际使用多少辆车");
        await zhu.SaysAsync("2");
        zhu.Hears("是否使用了公车");
        await zhu.ClicksAsync("否");
        zhu.Hears("总费用");
        await zhu.SaysAsync("30000");
        zhu.Hears("礼金共多少元");
        await zhu.SaysAsync("0");
        zhu.Hears("礼品共多少件");
        await zhu.SaysAsync("1");
        zhu.Hears("如何处理");
        await zhu.ClicksAsync("退还");
        zhu.Hears("有无违反廉洁承诺");
        await zhu.ClicksAsync("无");
        zhu.Hears("其他需要说明");
        await zhu.SaysAsync("无");
        zhu.Hears("请核对事后报告", "实际桌数：10桌", "实际人数：95人", "宴请范围：亲属、同事", "用车：2辆（公车：否）", "费用：30000元",
            "礼金 0元，礼品 1件，退还", "违诺行为：无");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("事后报告已提交，该事项已办结", "状态：已办结");

        _bot.Time.Advance(TimeSpan.FromDays(17));
        await zhu.SaysAsync("我的备案");
        await zhu.ClicksAsync("#2 因私出国（境） 12月10日");
        zhu.Hears("该事项已发生，请办理事后报告");
        await zhu.ClicksAsync("事后报告");
        zhu.Hears("实际哪天返回");
        await zhu.SaysAsync("明天");
        zhu.Hears("日期不能晚于 2026年12月23日");
        await zhu.SaysAsync("12月9日");
        zhu.Hears("日期不能早于 2026年12月10日");
        await zhu.SaysAsync("12月21日");
        // The custodian confirms the document's return in the custody ledger; the traveller is not asked.
        zhu.Hears("其他需要说明");
        await zhu.SaysAsync("返程航班延误一天");
        zhu.Hears("实际返回日期：2026年12月21日", "说明：返程航班延误一天");
        zhu.DoesNotHear("证照交回");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("该事项已办结");

        var filings = await _bot.QueryAsync(db => db.Filings.OrderBy(f => f.Id).ToListAsync());
        Assert.All(filings, f => Assert.Equal(FilingStatus.Completed, f.Status));
        Assert.Equal((new DateOnly(2026, 12, 21), (bool?)null), (filings[1].FollowUp!.ActualReturnDate, filings[1].FollowUp!.DocumentsHandedBack));
        Assert.Equal((BanquetScope.Relatives | BanquetScope.Colleagues, 2, false, 30000, 0, 1, GiftHandling.Returned, false),
            (filings[0].FollowUp!.GuestScope, filings[0].FollowUp!.Cars, filings[0].FollowUp!.OfficialCars, filings[0].FollowUp!.Cost,
                filings[0].FollowUp!.GiftMoney, filings[0].FollowUp!.GiftItems, filings[0].FollowUp!.GiftHandling, filings[0].FollowUp!.PledgeBroken));
        Assert.Equal((10, 95), (filings[0].FollowUp!.ActualTables!.Value, filings[0].FollowUp!.ActualGuests!.Value));
        var supervisor = await _bot.ChatAsAsync("王秀兰");
        Assert.Equal(2, (await supervisor.InboxAsync()).Count(m => m.Title == "个人事项事后报告通知"));
    }

    [Fact]
    public async Task Someone_elses_filing_cannot_be_opened_or_changed_by_a_button()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月12日");
        var qin = await _bot.ChatAsAsync("秦诗涵");
        await qin.SendsActionAsync("start:my-filings:1");
        qin.Hears("没有找到这条备案");
        await qin.SendsActionAsync("start:withdraw-filing:1");
        qin.Hears("没有找到这条备案");
        Assert.Equal(FilingStatus.Pending, (await _bot.QueryAsync(db => db.Filings.SingleAsync())).Status);
    }
}
