using Lianzheng.Core.Filings;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs.Filings;

/// <summary>The rules a filing is held to, told as conversations: lead time in working days (调休 aware), funerals
/// after the fact, the scale limits.</summary>
public sealed class FilingRulesConversationTests
{
    [Fact]
    public async Task The_lead_time_counts_the_make_up_Saturday_as_a_working_day_and_a_later_filing_is_marked_late_with_its_reason()
    {
        // Thursday 2026-05-07; Saturday 05-09 is worked (调休 of 劳动节).
        await using var bot = await DialogHarness.StartAsync(new DateTimeOffset(2026, 5, 7, 9, 0, 0, TimeSpan.FromHours(8)));
        var zhu = await bot.ChatAsAsync("朱浩然");

        // 05-13: the fifth working day before it is today (05-12, 05-11, 05-09, 05-08, 05-07): in time.
        await FilingConversations.FillWeddingAsync(zhu, "5月13日");
        zhu.DoesNotHear("逾期");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("备案成功");
        zhu.DoesNotHear("逾期报告");

        // 05-12: the fifth working day before it was yesterday: late, the reason is asked and kept.
        await zhu.SaysAsync("备案");
        await zhu.ClicksAsync("婚嫁");
        await zhu.SaysAsync("本人");
        await zhu.SaysAsync("5月12日");
        await zhu.SaysAsync("县城国际大酒店");
        await zhu.SaysAsync("10");
        await zhu.SaysAsync("100");
        await zhu.ClicksAsync("否");
        await zhu.SaysAsync("0");
        await zhu.ClicksAsync("否");
        await zhu.ClicksAsync("否");
        zhu.Hears("逾期报告", "请说明逾期原因");
        await zhu.SaysAsync("婚期临时提前");
        zhu.Hears("请核对以下备案内容", "逾期原因：婚期临时提前");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("备案成功", "已标记为逾期报告", "报告时限：逾期报告");

        var filings = await bot.QueryAsync(db => db.Filings.OrderBy(f => f.Id).ToListAsync());
        Assert.Equal([(false, (string?)null), (true, "婚期临时提前")], filings.Select(f => (f.IsLate, f.LateReason)));
    }

    [Fact]
    public async Task A_funeral_yesterday_is_filed_after_the_fact_and_one_ten_days_ago_is_accepted_late_with_a_reason()
    {
        await using var bot = await DialogHarness.StartAsync();
        var zhu = await bot.ChatAsAsync("朱浩然");

        await FillFuneralAsync(zhu, "昨天");
        zhu.DoesNotHear("逾期");
        zhu.Hears("请核对以下备案内容", "日期：2026年11月30日");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("备案成功", "状态：待审核");

        await FillFuneralAsync(zhu, "11月21日");
        zhu.Hears("已超过期限，属逾期报告");
        await zhu.SaysAsync("忙于料理后事，未及时报告");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("备案成功", "报告时限：逾期报告");

        var filings = await bot.QueryAsync(db => db.Filings.OrderBy(f => f.Id).ToListAsync());
        Assert.Equal([(new DateOnly(2026, 11, 30), false), (new DateOnly(2026, 11, 21), true)], filings.Select(f => (f.EventDate, f.IsLate)));
        Assert.Equal("忙于料理后事，未及时报告", filings[1].LateReason);
    }

    [Fact]
    public async Task Above_the_scale_limits_the_filer_gives_a_reason_and_the_reviewer_sees_the_flag_a_joint_wedding_has_the_higher_guest_limit()
    {
        await using var bot = await DialogHarness.StartAsync();
        var zhu = await bot.ChatAsAsync("朱浩然");

        // 250 guests at a joint wedding (同城合办): within Filings:MaxGuestsJoint (300).
        await FillScaleAsync(zhu, tables: "18", guests: "250", joint: true);
        zhu.DoesNotHear("超过了规定规模");
        zhu.Hears("请核对以下备案内容", "同城合办：是");
        await zhu.ClicksAsync("确认提交");

        // The same 250 guests, not joint: above Filings:MaxGuests (200).
        await FillScaleAsync(zhu, tables: "18", guests: "250", joint: false);
        zhu.Hears("预计 18 桌、250 人，超过了规定规模");
        await zhu.SaysAsync("双方亲属较多");
        zhu.Hears("超规模原因：双方亲属较多");
        await zhu.ClicksAsync("确认提交");

        // 25 tables: above Filings:MaxTables (20) even when joint.
        await FillScaleAsync(zhu, tables: "25", guests: "250", joint: true);
        zhu.Hears("超过了规定规模");
        await zhu.SaysAsync("亲属众多");
        await zhu.ClicksAsync("确认提交");

        var filings = await bot.QueryAsync(db => db.Filings.OrderBy(f => f.Id).ToListAsync());
        Assert.Equal([(false, (string?)null), (true, "双方亲属较多"), (true, "亲属众多")], filings.Select(f => (f.OverScale, f.ScaleReason)));
        Assert.Equal((3, true), (filings[1].Cars, filings[1].OfficialCars));
        var leader = await bot.ChatAsAsync("吴海燕");
        var card = await FilingConversations.ReviewCardAsync(leader, 2);
        Assert.Contains("【超规模】", card.Body, StringComparison.Ordinal);
        Assert.Contains("超过规定规模（请审核人关注）", card.FactsJson, StringComparison.Ordinal);
    }

    private static async Task FillFuneralAsync(ChatUser user, string date)
    {
        await user.SaysAsync("备案");
        await user.ClicksAsync("丧事");
        await user.SaysAsync("父母");
        await user.SaysAsync(date);
        await user.SaysAsync("老家");
        await user.SaysAsync("5");
        await user.SaysAsync("50");
        user.Hears("计划使用多少辆车");
        user.DoesNotHear("婚车");
        await user.SaysAsync("0");
        await user.ClicksAsync("否");
        await user.ClicksAsync("否");
    }

    private static async Task FillScaleAsync(ChatUser user, string tables, string guests, bool joint)
    {
        await user.SaysAsync("备案");
        await user.ClicksAsync("婚嫁");
        await user.SaysAsync("子女");
        await user.SaysAsync("12月26日");
        await user.SaysAsync("县城国际大酒店");
        await user.SaysAsync(tables);
        await user.SaysAsync(guests);
        await user.ClicksAsync(joint ? "是" : "否");
        user.Hears("多少辆车");
        await user.SaysAsync("3");
        user.Hears("是否使用公车");
        await user.ClicksAsync("是");
        await user.ClicksAsync("否");
        await user.ClicksAsync("否");
    }
}
