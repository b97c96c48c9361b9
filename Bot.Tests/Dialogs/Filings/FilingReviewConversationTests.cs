using Lianzheng.Core.Persistence;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs.Filings;

/// <summary>审核 by 干部管理权限, told as conversations. The clock stands at Tuesday 2026-12-01 09:00 in Shanghai.</summary>
public class FilingReviewConversationTests : IAsyncLifetime
{
    /// <summary>These conversations again on PostgreSQL: the same turns, stored by the other provider.</summary>
    public sealed class OnPostgres : FilingReviewConversationTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
    }

    protected virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private static readonly string[] Reviewers = ["吴海燕", "周建国", "孙正平", "郑立新"];

    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync(provider: Provider);

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task With_nobody_in_the_post_that_reviews_him_the_secretarys_filing_goes_to_the_supervisor_and_can_be_answered()
    {
        // A bureau that upgraded without importing its 派驻纪检监察组 yet.
        await _bot.QueryAsync(db => db.Staff.Where(s => s.Name == "孙正平").ExecuteUpdateAsync(u => u.SetProperty(s => s.IsActive, false)));
        var zhou = await _bot.ChatAsAsync("周建国");
        await FilingConversations.FileWeddingAsync(zhou, "12月12日");
        zhou.Hears("已送 王秀兰 审核", "状态：待审核");

        var wang = await _bot.ChatAsAsync("王秀兰");
        await FilingConversations.ApproveAsync(wang, 1);
        Assert.Equal(FilingStatus.Approved, (await _bot.QueryAsync(db => db.Filings.SingleAsync())).Status);
    }

    [Theory]
    [InlineData("朱浩然", "吴海燕")] // an auditor: the leader overseeing 财政审计股
    [InlineData("陈晓梅", "吴海燕")] // a section head: the same
    [InlineData("吴海燕", "周建国")] // a 班子成员: the 党组书记
    [InlineData("周建国", "孙正平")] // the 党组书记: the 派驻纪检监察组
    public async Task A_filing_goes_to_its_reviewer_by_cadre_authority_and_the_supervisor_receives_it_for_the_record(string filerName, string reviewerName)
    {
        var filer = await _bot.ChatAsAsync(filerName);
        await FilingConversations.FileWeddingAsync(filer, "12月12日");
        filer.Hears($"已送 {reviewerName} 审核", "状态：待审核");

        var reviewer = await _bot.ChatAsAsync(reviewerName);
        var card = Assert.Single(await reviewer.InboxAsync());
        Assert.Equal(("个人事项备案审核", OutboxKinds.FilingReview), (card.Title, card.Kind));
        Assert.Contains("请审核备案 #1", card.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("已阅", card.Body, StringComparison.Ordinal); // the card is answered with 同意 / 不同意 / 需补充
        var supervisor = await _bot.ChatAsAsync("王秀兰");
        Assert.Contains(await supervisor.InboxAsync(), m => m.Title == "个人事项备案通知" && m.Kind == OutboxKinds.FilingNotice);
        foreach (var other in Reviewers.Where(n => n != reviewerName && n != filerName))
        {
            Assert.DoesNotContain(await (await _bot.ChatAsAsync(other)).InboxAsync(), m => m.Kind == OutboxKinds.FilingReview);
        }

        await FilingConversations.ApproveAsync(reviewer, 1);
        Assert.Equal(FilingStatus.Approved, (await _bot.QueryAsync(db => db.Filings.SingleAsync())).Status);
    }

    [Fact]
    public async Task Needs_more_reopens_the_filing_for_amendment_and_it_comes_back_to_the_same_reviewer_who_approves_it()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月12日");
        var leader = await _bot.ChatAsAsync("吴海燕");

        await leader.ClicksAsyncFrom(await FilingConversations.ReviewCardAsync(leader, 1), "需补充");
        leader.Hears("您选择了“需补充”，请填写审核意见（必填");
        await leader.SaysAsync("无");
        leader.Hears("“需补充”必须填写审核意见", "请填写审核意见（必填");
        await leader.SaysAsync("请写明酒店的详细地址");
        leader.Hears("审核完成：需补充");

        var told = (await zhu.InboxAsync()).Last();
        Assert.Equal("备案审核结果", told.Title);
        Assert.Contains("需补充。审核意见：请写明酒店的详细地址", told.Body, StringComparison.Ordinal);
        await zhu.ClicksAsyncFrom(told, "修改备案");
        zhu.Hears("备案 #1 当前内容如下", "审核人意见（需补充）：请写明酒店的详细地址");
        await zhu.SaysAsync("地点");
        await zhu.SaysAsync("县城国际大酒店（人民路1号）");
        await zhu.SaysAsync("提交修改");
        zhu.Hears("已重新送审", "状态：待审核");

        var again = await FilingConversations.ReviewCardAsync(leader, 1);
        Assert.Contains("人民路1号", again.FactsJson, StringComparison.Ordinal);
        await FilingConversations.ApproveAsync(leader, 1);
        Assert.Contains("审核：同意", (await zhu.InboxAsync()).Last().Body, StringComparison.Ordinal);

        var reviews = await _bot.QueryAsync(db => db.FilingReviews.OrderBy(r => r.Id).ToListAsync());
        Assert.Equal([(ReviewDecision.NeedsMore, "请写明酒店的详细地址"), (ReviewDecision.Approve, (string?)null)],
            reviews.Select(r => (r.Decision, r.Opinion)));
        Assert.All(reviews, r => Assert.Equal(leader.StaffId, r.ReviewerId));
        Assert.Equal(FilingStatus.Approved, (await _bot.QueryAsync(db => db.Filings.SingleAsync())).Status);
        Assert.Equal(2, await _bot.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "filing.reviewed")));
        await using var scope = _bot.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditTrail>().FindFirstBrokenEntryAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Disagreeing_needs_an_opinion_the_filer_hears_it_and_nobody_else_can_answer_the_card()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月12日");
        var leader = await _bot.ChatAsAsync("吴海燕");
        var card = await FilingConversations.ReviewCardAsync(leader, 1);

        var stranger = await _bot.ChatAsAsync("郑立新");
        await stranger.ClicksAsyncFrom(card, "同意");
        stranger.Hears("您不是备案 #1 的审核人");

        await leader.ClicksAsyncFrom(card, "不同意");
        await leader.SaysAsync("没有");
        leader.Hears("“不同意”必须填写审核意见");
        await leader.SaysAsync("规模与本人职务不符");
        leader.Hears("审核完成：不同意");
        Assert.Contains("不同意。审核意见：规模与本人职务不符", (await zhu.InboxAsync()).Last().Body, StringComparison.Ordinal);
        Assert.Contains(await (await _bot.ChatAsAsync("王秀兰")).InboxAsync(), m => m.Title == "个人事项备案审核记录");

        await leader.ClicksAsyncFrom(card, "同意");
        leader.Hears("目前不在待审核状态（不同意）");
        Assert.Equal(FilingStatus.Rejected, (await _bot.QueryAsync(db => db.Filings.SingleAsync())).Status);
    }

    [Fact]
    public async Task A_reviewer_who_has_not_acted_is_reminded_once_after_two_working_days_and_the_supervisor_sees_what_is_pending()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "12月26日");
        var leader = await _bot.ChatAsAsync("吴海燕");

        _bot.Time.Advance(TimeSpan.FromDays(1)); // Wednesday: one working day
        await _bot.RunDailyDutiesAsync();
        Assert.Single(await leader.InboxAsync(), m => m.Kind == OutboxKinds.FilingReview);

        _bot.Time.Advance(TimeSpan.FromDays(1)); // Thursday: two working days
        await _bot.RunDailyDutiesAsync();
        var reminder = (await leader.InboxAsync()).Last(m => m.Kind == OutboxKinds.FilingReview);
        Assert.Contains("提醒：财政审计股 朱浩然 的个人事项备案已提交 2 个工作日以上", reminder.Body, StringComparison.Ordinal);

        _bot.Time.Advance(TimeSpan.FromDays(1));
        await _bot.RunDailyDutiesAsync();
        _bot.Time.Advance(TimeSpan.FromDays(3)); // Monday
        await _bot.RunDailyDutiesAsync();
        Assert.Equal(2, (await leader.InboxAsync()).Count(m => m.Kind == OutboxKinds.FilingReview));

        var supervisor = await _bot.ChatAsAsync("王秀兰");
        await supervisor.SaysAsync("待审核备案");
        supervisor.Hears("共有 1 条备案待审核", "#1：婚嫁 · 财政审计股 朱浩然 · 2026年12月26日 · 已等待 6 天 · 审核人：吴海燕");
        await leader.SaysAsync("待审核备案");
        leader.SeesButtons("#1 婚嫁 12月26日");
        await zhu.SaysAsync("待审核备案");
        zhu.Hears("“待审核备案”不在您可办理的事项中"); // not his: said so, and nothing of the list
        zhu.DoesNotHear("共有 1 条备案待审核");
    }

    [Fact]
    public async Task A_trip_shows_its_document_number_masked_must_be_approved_before_departure_and_is_then_cleared()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileTripAsync(zhu, "12月3日", "12月8日");
        zhu.Hears("须经审核同意后方可出行", "证件号码：E*****678");
        var trip = await _bot.QueryAsync(db => db.Filings.SingleAsync());
        Assert.Equal("E12345678", trip.DocumentNumber);
        Assert.False(FilingRules.ClearedForDeparture(trip));
        var leader = await _bot.ChatAsAsync("吴海燕");
        var card = await FilingConversations.ReviewCardAsync(leader, 1);
        Assert.Contains("E*****678", card.FactsJson, StringComparison.Ordinal);
        Assert.DoesNotContain("E12345678", card.FactsJson, StringComparison.Ordinal);

        _bot.Time.Advance(TimeSpan.FromDays(2)); // the departure date, not yet approved
        await _bot.RunDailyDutiesAsync();
        await _bot.RunDailyDutiesAsync();
        Assert.Single(await zhu.InboxAsync(), m => m.Title == "出国（境）未获批准提醒");
        Assert.Single(await leader.InboxAsync(), m => m.Title == "出国（境）未获批准提醒");

        await FilingConversations.ApproveAsync(leader, 1);
        Assert.True(FilingRules.ClearedForDeparture(await _bot.QueryAsync(db => db.Filings.SingleAsync())));
    }
}
