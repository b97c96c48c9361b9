using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Talks;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs;

/// <summary>The kinds of integrity talk, the summary they need, the follow-up of a 提醒谈话 and the pre-audit talk that
/// does not count toward the leader × head quota, told as conversations on the demo bureau (2026-12-01, a Tuesday):
/// 吴海燕 oversees the heads 陈晓梅（财政审计股） and 褚宏伟（经济责任审计股）.</summary>
public sealed class TalkKindsDialogTests : IAsyncDisposable
{
    private DialogHarness? _bot;

    public async ValueTask DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private async Task<DialogHarness> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? now = null) =>
        _bot = await DialogHarness.StartAsync(now, settings);

    [Fact]
    public async Task A_leader_records_a_talk_of_each_kind_and_the_check_shows_its_kind_and_summary()
    {
        var bot = await StartAsync();
        var wu = await bot.ChatAsAsync("吴海燕");

        await wu.SaysAsync("记录谈话");
        await wu.ClicksAsync("陈晓梅（财政审计股）");
        wu.Hears("谈话类型");
        wu.SeesButtons("日常廉政谈话", "提醒谈话", "任前廉政谈话");
        Assert.DoesNotContain("审前集体廉政提醒谈话", wu.Buttons);
        await wu.ClicksAsync("日常廉政谈话");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("11月20日");
        await wu.SaysAsync("传达年终廉洁自律要求，提醒严守审计“八不准”");
        wu.DoesNotHear("跟进日期");
        wu.Hears("请核对：陈晓梅（财政审计股），个别谈话，2026年11月20日", "谈话类型：日常廉政谈话", "谈话内容：传达年终廉洁自律要求，提醒严守审计“八不准”");
        await wu.ClicksAsync("是");
        wu.Hears("已记录谈话 #1（日常廉政谈话）", "2026年与陈晓梅已谈 1/2 次");

        await wu.SaysAsync("记录谈话");
        await wu.ClicksAsync("褚宏伟（经济责任审计股）");
        await wu.ClicksAsync("任前廉政谈话");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("拟任经济责任审计股负责人前的任前廉政谈话");
        wu.Hears("谈话类型：任前廉政谈话", "谈话内容：拟任经济责任审计股负责人前的任前廉政谈话");
        await wu.ClicksAsync("是");
        wu.Hears("已记录谈话 #2（任前廉政谈话）", "2026年与褚宏伟已谈 1/2 次");

        await wu.SaysAsync("记录谈话");
        await wu.ClicksAsync("褚宏伟（经济责任审计股）");
        await wu.ClicksAsync("提醒谈话");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("审计底稿复核不及时，提醒其严格执行复核制度");
        wu.Hears("是否约定跟进日期");
        await wu.ClicksAsync("否");
        wu.Hears("谈话类型：提醒谈话");
        wu.DoesNotHear("跟进日期：");
        await wu.ClicksAsync("是");
        wu.Hears("已记录谈话 #3（提醒谈话）", "2026年与褚宏伟已谈 2/2 次");
        wu.DoesNotHear("提醒您跟进");

        var project = await RegisterMajorProjectAsync(bot, "2026年度县本级预算执行审计", "陈晓梅", "吴海燕", "朱浩然");
        await wu.SendsActionAsync($"start:record-talk:project-{project.Id}");
        wu.DoesNotHear("谈话类型？");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("传达审计“四严禁”“八不准”工作要求");
        wu.Hears("谈话类型：审前集体廉政提醒谈话", "集体谈话");
        await wu.ClicksAsync("是");
        wu.Hears("已记录审前集体谈话");

        var kinds = await bot.QueryAsync(db => db.IntegrityTalks.OrderBy(t => t.Id).Select(t => t.Kind).ToListAsync());
        Assert.Equal([TalkKind.Routine, TalkKind.PreAppointment, TalkKind.Admonition, TalkKind.PreAuditCollective], kinds);
        var entries = await bot.QueryAsync(db => db.AuditEntries.Where(e => e.Action == "talk.recorded").OrderBy(e => e.Id).Select(e => e.State!).ToListAsync());
        Assert.Equal(4, entries.Count);
        Assert.DoesNotContain("\"kind\"", entries[0], StringComparison.Ordinal); // 日常, the column default: as states before kinds
        Assert.Contains("\"kind\":\"PreAppointment\"", entries[1], StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"PreAuditCollective\"", entries[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_summary_shorter_than_the_minimum_is_asked_again_with_the_reason()
    {
        var bot = await StartAsync();
        var wu = await bot.ChatAsAsync("吴海燕");
        await wu.SaysAsync("记录谈话");
        await wu.ClicksAsync("陈晓梅（财政审计股）");
        await wu.ClicksAsync("日常廉政谈话");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("今天");
        wu.Hears("请简要记录谈话内容（10～500 字");

        await wu.SaysAsync("谈了谈");
        wu.Hears("谈话内容只有 3 个字，太简短了：请至少写 10 个字", "请简要记录谈话内容");
        await wu.SaysAsync("提醒廉洁自律严守纪");
        wu.Hears("谈话内容只有 9 个字");
        await wu.SaysAsync("提醒廉洁自律，严守纪律");
        wu.Hears("请核对", "谈话内容：提醒廉洁自律，严守纪律");
        await wu.ClicksAsync("是");
        Assert.Equal("提醒廉洁自律，严守纪律", await bot.QueryAsync(db => db.IntegrityTalks.Select(t => t.Summary).SingleAsync()));
    }

    [Fact]
    public async Task The_minimum_summary_length_is_an_option()
    {
        var bot = await StartAsync(new Dictionary<string, string?> { ["Talks:MinSummaryLength"] = "20" });
        var wu = await bot.ChatAsAsync("吴海燕");
        await wu.SaysAsync("记录谈话");
        await wu.ClicksAsync("陈晓梅（财政审计股）");
        await wu.ClicksAsync("日常廉政谈话");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("传达年终廉洁自律要求");
        wu.Hears("谈话内容只有 10 个字，太简短了：请至少写 20 个字");
    }

    [Fact]
    public async Task A_pre_audit_collective_talk_does_not_count_for_a_head_on_the_team()
    {
        var bot = await StartAsync();
        var wu = await bot.ChatAsAsync("吴海燕");
        await RecordsPreAuditTalkWithChenOnTheTeamAsync(bot, wu);

        await wu.SaysAsync("谈话进度");
        wu.Hears("吴海燕 → 陈晓梅（财政审计股）：0/2", "吴海燕 → 褚宏伟（经济责任审计股）：0/2");
        var head = await bot.QueryAsync(db => db.Staff.SingleAsync(s => s.Name == "陈晓梅"));
        await wu.SendsActionAsync($"start:record-talk:{head.Id}");
        await wu.ClicksAsync("日常廉政谈话");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("年终个别廉政谈话，提醒严守纪律");
        await wu.ClicksAsync("是");
        wu.Hears("2026年与陈晓梅已谈 1/2 次");
    }

    [Fact]
    public async Task A_pre_audit_collective_talk_counts_for_a_head_on_the_team_when_the_option_is_on()
    {
        var bot = await StartAsync(new Dictionary<string, string?> { ["Talks:CountPreAuditTalks"] = "true" });
        var wu = await bot.ChatAsAsync("吴海燕");
        await RecordsPreAuditTalkWithChenOnTheTeamAsync(bot, wu);

        await wu.SaysAsync("谈话进度");
        wu.Hears("吴海燕 → 陈晓梅（财政审计股）：1/2", "吴海燕 → 褚宏伟（经济责任审计股）：0/2");
    }

    [Fact]
    public async Task An_admonition_talk_s_follow_up_day_reminds_the_leader_on_that_day_and_only_once()
    {
        var bot = await StartAsync();
        var wu = await bot.ChatAsAsync("吴海燕");
        await wu.SaysAsync("记录谈话");
        await wu.ClicksAsync("褚宏伟（经济责任审计股）");
        await wu.ClicksAsync("提醒谈话");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("外勤期间接受被审计单位工作餐，提醒其立即改正");
        wu.Hears("是否约定跟进日期");
        await wu.ClicksAsync("是");
        wu.Hears("哪一天跟进");
        await wu.SaysAsync("今天");
        wu.Hears("不能早于");
        await wu.SaysAsync("12月3日");
        wu.Hears("谈话类型：提醒谈话", "谈话内容：外勤期间接受被审计单位工作餐，提醒其立即改正", "跟进日期：2026年12月3日");
        await wu.ClicksAsync("是");
        wu.Hears("已记录谈话 #1（提醒谈话）", "将于2026年12月3日提醒您跟进");

        // 12月2日 (Wednesday): not yet.
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.FromHours(8)));
        await bot.RunDailyDutiesAsync();
        Assert.Empty(await FollowUpsAsync(bot));

        // 12月3日: the reminder, once however often the duties run.
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        await bot.RunDailyDutiesAsync();
        await bot.RunDailyDutiesAsync();
        var reminder = Assert.Single(await FollowUpsAsync(bot));
        Assert.Equal("提醒谈话跟进", reminder.Title);
        Assert.Contains("您于2026年12月1日与褚宏伟进行了提醒谈话，约定2026年12月3日跟进", reminder.Body, StringComparison.Ordinal);
        Assert.Equal([wu.StaffId], reminder.Deliveries.Select(d => d.RecipientId).Distinct());
        Assert.Contains(await wu.InboxAsync(), m => m.Kind == OutboxKinds.TalkFollowUp);

        // The next days add nothing; its button opens 记录谈话 for 褚宏伟.
        bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(8)));
        await bot.RunDailyDutiesAsync();
        Assert.Single(await FollowUpsAsync(bot));
        await wu.ClicksAsyncFrom(reminder, "记录与褚宏伟的谈话");
        wu.Hears("谈话类型");
    }

    private static Task<List<OutboxMessage>> FollowUpsAsync(DialogHarness bot) =>
        bot.QueryAsync(db => db.OutboxMessages.Include(m => m.Deliveries).Where(m => m.Kind == OutboxKinds.TalkFollowUp).ToListAsync());

    /// <summary>A major project led by 陈晓梅 (a head 吴海燕 oversees) with 朱浩然; 吴海燕 records its pre-audit talk.</summary>
    private static async Task RecordsPreAuditTalkWithChenOnTheTeamAsync(DialogHarness bot, ChatUser wu)
    {
        var project = await RegisterMajorProjectAsync(bot, "财政专项资金审计", "陈晓梅", "吴海燕", "朱浩然");
        await wu.SendsActionAsync($"start:record-talk:project-{project.Id}");
        wu.Hears("审前集体廉政提醒谈话（审计组 2 人）");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("传达审计“四严禁”“八不准”工作要求");
        await wu.ClicksAsync("是");
        wu.Hears("已记录审前集体谈话");
        var talk = await bot.QueryAsync(db => db.IntegrityTalks.SingleAsync());
        Assert.Equal(TalkKind.PreAuditCollective, talk.Kind);
        Assert.Contains(talk.Participants, p => p.StaffId == project.TeamLeaderId);
    }

    private static async Task<AuditProject> RegisterMajorProjectAsync(DialogHarness bot, string name, string teamLeader, string leader, params string[] members)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Lianzheng.Core.Persistence.LianzhengDbContext>();
        var registrar = await db.Staff.Include(s => s.Roles).SingleAsync(s => s.Name == teamLeader);
        var leaderId = await db.Staff.Where(s => s.Name == leader).Select(s => s.Id).SingleAsync();
        var memberIds = await db.Staff.Where(s => members.Contains(s.Name)).Select(s => s.Id).ToListAsync();
        return await scope.ServiceProvider.GetRequiredService<AuditProjectService>().RegisterAsync(
            registrar, new AuditProjectDraft(name, true, new DateOnly(2026, 12, 15), new DateOnly(2026, 12, 31), registrar.Id, leaderId, memberIds), CancellationToken.None);
    }
}
