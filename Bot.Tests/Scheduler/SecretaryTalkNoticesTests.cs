using Lianzheng.Core.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Scheduler;

/// <summary>The party secretary's talks with each 班子成员 against Talks:SecretaryWithLeadersPerYear (1): the demo
/// bureau's 周建国 and the 班子成员 吴海燕 and 郑立新, on a fake clock through 2026.</summary>
public sealed class SecretaryTalkNoticesTests : IAsyncDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private DialogHarness? _bot;

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private static Task<List<OutboxMessage>> NoticesAsync(DialogHarness bot) =>
        bot.QueryAsync(db => db.OutboxMessages.Include(m => m.Deliveries).Where(m => m.Kind == OutboxKinds.SecretaryTalkDue).OrderBy(m => m.Id).ToListAsync());

    private static async Task OnAsync(DialogHarness bot, int month, int day)
    {
        bot.Time.SetUtcNow(new DateTimeOffset(2026, month, day, 9, 0, 0, Beijing));
        await bot.RunDailyDutiesAsync();
    }

    [Fact]
    public async Task With_one_talk_a_year_the_secretary_is_told_before_the_last_checkpoint_and_after_it_of_the_leaders_still_owed()
    {
        var bot = _bot = await DialogHarness.StartAsync(new DateTimeOffset(2026, 6, 16, 9, 0, 0, Beijing));
        var zhou = await bot.ChatAsAsync("周建国");
        var wu = await bot.ChatAsAsync("吴海燕");

        // 30 June asks for 1 of the leaders' 2 talks: scaled to 1 a year that is 0, so the secretary hears nothing then.
        await OnAsync(bot, 6, 16);
        await OnAsync(bot, 7, 1);
        Assert.Empty(await NoticesAsync(bot));
        Assert.Contains(await bot.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.TalkDue).ToListAsync()),
            m => m.SourceKey == $"talk-due:2026-06-30:{wu.StaffId}:before");

        // 14 days before 30 November: both 班子成员 are owed their talk.
        await OnAsync(bot, 11, 16);
        var before = Assert.Single(await NoticesAsync(bot));
        Assert.Equal([zhou.StaffId], before.Deliveries.Select(d => d.RecipientId).Distinct());
        Assert.Equal($"secretary-talk-due:2026-11-30:{zhou.StaffId}:before", before.SourceKey);
        Assert.Contains("党组书记每年应与每位班子成员开展廉政谈话 1 次。截至 2026年11月30日 应完成 1 次", before.Body, StringComparison.Ordinal);
        Assert.Contains("吴海燕（班子成员）：已谈 0 次", before.Body, StringComparison.Ordinal);
        Assert.Contains("郑立新（班子成员）：已谈 0 次", before.Body, StringComparison.Ordinal);
        await OnAsync(bot, 11, 17);
        Assert.Single(await NoticesAsync(bot));

        // He records the talk with 吴海燕 from the notice's button: the counterparts offered are the 班子成员.
        await zhou.ClicksAsyncFrom(before, "记录与吴海燕的谈话");
        zhou.Hears("谈话类型");
        await zhou.ClicksAsync("日常廉政谈话");
        await zhou.ClicksAsync("个别谈话");
        await zhou.SaysAsync("今天");
        await zhou.SaysAsync("年度廉政谈话，要求履行一岗双责");
        zhou.Hears("请核对：吴海燕（班子成员），个别谈话，2026年11月17日");
        await zhou.ClicksAsync("是");
        zhou.Hears("已记录谈话 #1", "2026年与吴海燕已谈 1/1 次");

        await zhou.SaysAsync("记录谈话");
        zhou.Hears("您分管股室的负责人，或班子成员");
        zhou.SeesButtons("王秀兰（办公室）", "冯志强（法规审理股）", "全部分管股室负责人", "吴海燕（班子成员）", "郑立新（班子成员）", "全体班子成员");
        await zhou.SaysAsync("取消");

        await zhou.SaysAsync("谈话进度");
        zhou.Hears("党组书记与班子成员（每人每年 1 次）：共 2 位班子成员，已完成 1 位。", "周建国 → 吴海燕（班子成员）：1/1 ✓", "周建国 → 郑立新（班子成员）：0/1");
        zhou.DoesNotHear("周建国 → 郑立新（班子成员）：0/1 ✓");
        var wang = await bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("谈话进度");
        wang.Hears("周建国 → 郑立新（班子成员）：0/1");
        await wu.SaysAsync("谈话进度");
        wu.DoesNotHear("班子成员）");

        // Missed: the week after 30 November he is told of 郑立新 only; the 班子成员 themselves get none of this.
        await OnAsync(bot, 12, 1);
        var notices = await NoticesAsync(bot);
        Assert.Equal(2, notices.Count);
        var missed = notices[1];
        Assert.Equal($"secretary-talk-due:2026-11-30:{zhou.StaffId}:missed", missed.SourceKey);
        Assert.Contains("郑立新（班子成员）：已谈 0 次", missed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("吴海燕", missed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(await wu.InboxAsync(), m => m.Kind == OutboxKinds.SecretaryTalkDue);
        await OnAsync(bot, 12, 9);
        Assert.Equal(2, (await NoticesAsync(bot)).Count);
    }

    [Fact]
    public async Task With_two_talks_a_year_the_secretary_has_the_leaders_checkpoints()
    {
        var bot = _bot = await DialogHarness.StartAsync(new DateTimeOffset(2026, 6, 16, 9, 0, 0, Beijing),
            new Dictionary<string, string?> { ["Talks:SecretaryWithLeadersPerYear"] = "2" });
        await OnAsync(bot, 6, 16);
        var june = Assert.Single(await NoticesAsync(bot));
        Assert.Contains("党组书记每年应与每位班子成员开展廉政谈话 2 次。截至 2026年6月30日 应完成 1 次", june.Body, StringComparison.Ordinal);
    }
}
