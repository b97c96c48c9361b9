using System.Globalization;
using Lianzheng.Core.Announcements;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Tests.Dialogs;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Scheduler;

/// <summary>The fake clock walks the whole of 2026 on the demo bureau, running the 09:00 duties and the reminder sweep
/// every day, while people file, confirm, register projects and record talks on the days a real year would bring.</summary>
public sealed class YearWalkTests : IAsyncLifetime
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync(new DateTimeOffset(2025, 12, 31, 9, 0, 0, Beijing));

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    private DateOnly Today => DateOnly.FromDateTime(_bot.Time.GetUtcNow().ToOffset(Beijing).DateTime);

    private Task<List<OutboxMessage>> MessagesAsync(string kind) =>
        _bot.QueryAsync(db => db.OutboxMessages.Include(m => m.Deliveries).Where(m => m.Kind == kind).OrderBy(m => m.Id).ToListAsync());

    private static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Beijing).DateTime);

    private async Task<int> IdOfAsync(string name) => await _bot.QueryAsync(db => db.Staff.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private async Task RecordTalkAsync(string leader, string head, string day)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var leaderStaff = await db.Staff.Include(s => s.Roles).SingleAsync(s => s.Name == leader);
        await scope.ServiceProvider.GetRequiredService<TalkService>().RecordAsync(
            leaderStaff, [await IdOfAsync(head)], TalkForm.Individual, DateOnly.Parse(day, CultureInfo.InvariantCulture), "谈心谈话", null, CancellationToken.None);
    }

    /// <summary>Every day of the year at 09:00 the duties run, then whatever people do that day.</summary>
    private async Task WalkAsync(DateOnly until, Func<DateOnly, Task>? people = null)
    {
        while (Today < until)
        {
            _bot.Time.Advance(TimeSpan.FromDays(1));
            await _bot.RunDailyDutiesAsync();
            await _bot.RunReminderSweepAsync();
            if (people is not null)
            {
                await people(Today);
            }
        }
    }

    [Fact]
    public async Task Holiday_messages_go_out_two_working_days_before_each_holiday_and_reminders_only_to_those_who_did_not_confirm()
    {
        // The 派驻纪检监察组 is outside the bureau's staff: holiday messages are not theirs.
        var staffCount = await _bot.QueryAsync(db => db.Staff.CountAsync(s => s.IsActive && !s.Roles.Any(r => r.Role == StaffRole.DisciplineInspectionGroup)));
        var zhu = await _bot.ChatAsAsync("朱浩然");
        var qin = await _bot.ChatAsAsync("秦诗涵");
        await WalkAsync(new DateOnly(2026, 12, 31), async day =>
        {
            if (day == new DateOnly(2026, 2, 13))
            {
                // The 春节 message arrived this morning: two people confirm it at once.
                foreach (var person in new[] { zhu, qin })
                {
                    var message = (await person.InboxAsync()).Last(m => m.Kind == OutboxKinds.HolidayMessage);
                    await person.SendsActionAsync(Actions.Acknowledge(message.Id));
                    person.Hears("已确认");
                }
            }
        });

        var holidays = await MessagesAsync(OutboxKinds.HolidayMessage);
        Assert.Equal(
            ["2026-02-13", "2026-04-02", "2026-04-29", "2026-06-17", "2026-09-23", "2026-09-29", "2026-12-30"],
            holidays.Select(m => LocalDay(m.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Assert.All(holidays, m => Assert.Equal(new TimeOnly(9, 0), TimeOnly.FromDateTime(m.CreatedAt.ToOffset(Beijing).DateTime)));
        Assert.All(holidays, m => Assert.Equal(staffCount, m.Deliveries.Select(d => d.RecipientId).Distinct().Count()));
        Assert.Equal("春节廉洁提醒", holidays[0].Title);
        Assert.Contains("2026年2月15日至2026年2月23日放假", holidays[0].Body, StringComparison.Ordinal);
        Assert.Contains("中央八项规定", holidays[0].Body, StringComparison.Ordinal);
        Assert.Equal("收到", holidays[0].ConfirmLabel);
        Assert.Contains("元旦", holidays[^1].Title, StringComparison.Ordinal); // 2027's 元旦, sent on 2026-12-30

        // One reminder per holiday message, the next working day, to everyone but those who confirmed.
        var reminders = await MessagesAsync(OutboxKinds.Reminder);
        Assert.Equal(holidays.Count, reminders.Count);
        var springReminder = reminders.Single(r => r.AcknowledgesMessageId == holidays[0].Id);
        Assert.Equal(new DateOnly(2026, 2, 14), LocalDay(springReminder.CreatedAt)); // a make-up Saturday is a working day
        Assert.Equal(staffCount - 2, springReminder.Deliveries.Count);
        Assert.DoesNotContain(springReminder.Deliveries, d => d.RecipientId == zhu.StaffId || d.RecipientId == qin.StaffId);
        var qingmingReminder = reminders.Single(r => r.AcknowledgesMessageId == holidays[1].Id);
        Assert.Equal(new DateOnly(2026, 4, 3), LocalDay(qingmingReminder.CreatedAt)); // 清明 starts on a Saturday

        // Nothing is sent on off days, and running the duties again on a send day adds nothing.
        Assert.All(holidays.Concat(reminders), m => Assert.NotEqual(DayOfWeek.Sunday, LocalDay(m.CreatedAt).DayOfWeek));
        await _bot.RunDailyDutiesAsync();
        await _bot.RunReminderSweepAsync();
        Assert.Equal(holidays.Count, (await MessagesAsync(OutboxKinds.HolidayMessage)).Count);
    }

    [Fact]
    public async Task Confirming_a_reminder_confirms_the_message_and_a_second_reminder_never_comes()
    {
        await WalkAsync(new DateOnly(2026, 2, 14));
        var zhu = await _bot.ChatAsAsync("朱浩然");
        var reminder = (await zhu.InboxAsync()).Last();
        Assert.Equal(OutboxKinds.Reminder, reminder.Kind);
        Assert.StartsWith("【再次提醒】", reminder.Body, StringComparison.Ordinal);
        await zhu.SendsActionAsync(Actions.Acknowledge(reminder.AcknowledgesMessageId!.Value));
        zhu.Hears("已确认");
        var confirmed = await _bot.QueryAsync(db => db.Deliveries.Where(d => d.RecipientId == zhu.StaffId && d.ConfirmedAt != null).Select(d => d.MessageId).ToListAsync());
        Assert.Equal([reminder.AcknowledgesMessageId!.Value, reminder.Id], confirmed.Order());

        await WalkAsync(new DateOnly(2026, 3, 31));
        Assert.Single(await MessagesAsync(OutboxKinds.Reminder));
    }

    [Fact]
    public async Task Talk_notices_go_only_to_leaders_behind_their_checkpoint_before_it_and_after_it_is_missed()
    {
        // Demo bureau: 周建国 oversees the heads 王秀兰 and 冯志强, 吴海燕 陈晓梅 and 褚宏伟, 郑立新 卫丽娟 and 蒋文博.
        await WalkAsync(new DateOnly(2026, 3, 10));
        await RecordTalkAsync("周建国", "王秀兰", "2026-03-10");
        await RecordTalkAsync("周建国", "冯志强", "2026-03-10");
        await RecordTalkAsync("吴海燕", "陈晓梅", "2026-03-10");
        await WalkAsync(new DateOnly(2026, 6, 15));
        Assert.Empty(await MessagesAsync(OutboxKinds.TalkDue));

        await WalkAsync(new DateOnly(2026, 6, 16)); // 14 days before 30 June
        var before = await MessagesAsync(OutboxKinds.TalkDue);
        var wu = await IdOfAsync("吴海燕");
        var zheng = await IdOfAsync("郑立新");
        Assert.Equal([wu, zheng], before.Select(m => m.Deliveries.Single().RecipientId).Order());
        var toWu = before.Single(m => m.Deliveries.Single().RecipientId == wu);
        Assert.Contains("褚宏伟（经济责任审计股）：已谈 0 次", toWu.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("陈晓梅", toWu.Body, StringComparison.Ordinal);
        Assert.Contains($"start:record-talk:{await IdOfAsync("褚宏伟")}", toWu.ButtonsJson, StringComparison.Ordinal);

        await RecordTalkAsync("郑立新", "卫丽娟", "2026-06-20");
        await RecordTalkAsync("郑立新", "蒋文博", "2026-06-20");
        await WalkAsync(new DateOnly(2026, 7, 10));
        var missed = (await MessagesAsync(OutboxKinds.TalkDue)).Where(m => m.SourceKey.EndsWith(":missed", StringComparison.Ordinal)).ToList();
        Assert.Equal([wu], missed.Select(m => m.Deliveries.Single().RecipientId));
        Assert.Equal(new DateOnly(2026, 7, 1), LocalDay(missed[0].CreatedAt));

        await WalkAsync(new DateOnly(2026, 11, 16));
        var november = (await MessagesAsync(OutboxKinds.TalkDue)).Where(m => m.SourceKey.StartsWith("talk-due:2026-11-30", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, november.Count); // nobody has two talks with every head yet
        Assert.All(november, m => Assert.Equal(new DateOnly(2026, 11, 16), LocalDay(m.CreatedAt)));
    }

    [Fact]
    public async Task A_major_project_without_its_talk_the_day_before_calls_the_leader_again_tells_the_secretary_and_the_supervisor_and_reminds_the_team_anyway()
    {
        await WalkAsync(new DateOnly(2026, 3, 2));
        var chen = await _bot.ChatAsAsync("陈晓梅");
        var team = new[] { "朱浩然", "秦诗涵", "尤子轩" };
        AuditProject project;
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var registrar = await db.Staff.Include(s => s.Roles).SingleAsync(s => s.Id == chen.StaffId);
            var members = await db.Staff.Where(s => team.Contains(s.Name)).Select(s => s.Id).ToListAsync();
            project = await scope.ServiceProvider.GetRequiredService<AuditProjectService>().RegisterAsync(
                registrar, new AuditProjectDraft("县本级预算执行审计", true, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 27), chen.StaffId,
                    await IdOfAsync("吴海燕"), members), CancellationToken.None);
        }

        var asked = Assert.Single(await MessagesAsync(OutboxKinds.PreAuditTalkDue));
        Assert.Contains("县本级预算执行审计", asked.Body, StringComparison.Ordinal);
        Assert.Empty(await MessagesAsync(OutboxKinds.PreAuditReminder));

        await WalkAsync(new DateOnly(2026, 3, 6)); // Friday, the working day before the Monday start
        var calls = await MessagesAsync(OutboxKinds.PreAuditTalkDue);
        Assert.Equal(2, calls.Count);
        Assert.Equal(new DateOnly(2026, 3, 6), LocalDay(calls[1].CreatedAt));
        var missing = Assert.Single(await MessagesAsync(OutboxKinds.PreAuditTalkMissing));
        Assert.Equal(new DateOnly(2026, 3, 6), LocalDay(missing.CreatedAt));
        Assert.Equal([await IdOfAsync("周建国"), await IdOfAsync("王秀兰")], missing.Deliveries.Select(d => d.RecipientId).Order());
        Assert.Contains("分管领导吴海燕尚未记录审前集体廉政提醒谈话", missing.Body, StringComparison.Ordinal);
        // No team enters the audited unit without its reminder: it went out that morning, talk or no talk.
        var early = Assert.Single(await MessagesAsync(OutboxKinds.PreAuditReminder));
        Assert.Equal(new DateOnly(2026, 3, 6), LocalDay(early.CreatedAt));
        Assert.Equal(4, early.Deliveries.Count);
        var notice = Assert.Single(await MessagesAsync(OutboxKinds.DisciplineNotice));
        Assert.Equal([chen.StaffId], notice.Deliveries.Select(d => d.RecipientId));
        Assert.Contains("/audit-notices/", notice.Body, StringComparison.Ordinal);

        var wu = await _bot.ChatAsAsync("吴海燕");
        await wu.SendsActionAsync($"start:record-talk:project-{project.Id}");
        wu.Hears("审前集体廉政提醒谈话（审计组 4 人）", "谈话是哪一天");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("传达审计“四严禁”“八不准”要求");
        await wu.ClicksAsync("是");
        wu.Hears("已记录审前集体谈话", "审计组 4 人已收到");

        var reminder = Assert.Single(await MessagesAsync(OutboxKinds.PreAuditReminder)); // the talk adds no second one
        Assert.Equal(early.Id, reminder.Id);
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SendsActionAsync(Actions.Acknowledge(reminder.Id));
        await chen.SaysAsync("确认情况");
        chen.Hears("项目“县本级预算执行审计”", "已承诺遵守 1/4", "未承诺：陈晓梅、秦诗涵、尤子轩");

        await WalkAsync(new DateOnly(2026, 3, 9));
        var nudged = (await MessagesAsync(OutboxKinds.Reminder)).Single(r => r.AcknowledgesMessageId == reminder.Id);
        Assert.Equal(3, nudged.Deliveries.Count);
        Assert.Equal(new DateOnly(2026, 3, 9), LocalDay(nudged.CreatedAt)); // Friday's reminder, nudged on the next working day
        Assert.Equal(2, (await MessagesAsync(OutboxKinds.PreAuditTalkDue)).Count);
        Assert.Single(await MessagesAsync(OutboxKinds.PreAuditTalkMissing));
        Assert.Single(await MessagesAsync(OutboxKinds.DisciplineNotice));

        // 离场 on Friday 27 March: the team leader is asked for the 执行情况报告, once.
        await WalkAsync(new DateOnly(2026, 3, 31));
        var due = Assert.Single(await MessagesAsync(OutboxKinds.ExecutionReportDue));
        Assert.Equal(new DateOnly(2026, 3, 27), LocalDay(due.CreatedAt));
        Assert.Equal([chen.StaffId], due.Deliveries.Select(d => d.RecipientId));
    }

    [Fact]
    public async Task A_filing_whose_event_is_over_is_chased_for_its_report_and_again_when_overdue()
    {
        await WalkAsync(new DateOnly(2026, 5, 11));
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await FilingConversations.FileWeddingAsync(zhu, "5月16日");
        await FilingConversations.FileTripAsync(zhu, "5月20日", "5月27日");
        var leader = await _bot.ChatAsAsync("吴海燕");
        await FilingConversations.ApproveAsync(leader, 1);
        await FilingConversations.ApproveAsync(leader, 2);
        await WalkAsync(new DateOnly(2026, 6, 30));

        var chases = await MessagesAsync(OutboxKinds.FollowUp);
        Assert.Equal(
            [("follow-up:1:due", "2026-05-18"), ("follow-up:1:overdue", "2026-05-27"), ("follow-up:2:due", "2026-05-28"), ("follow-up:2:overdue", "2026-06-08")],
            chases.Select(m => (m.SourceKey, LocalDay(m.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
        Assert.Contains("实际回国日期", chases[2].Body, StringComparison.Ordinal);
        Assert.Contains("礼金（元）、礼品（件）及处理情况", chases[0].Body, StringComparison.Ordinal);

        await zhu.ClicksAsyncFrom(chases[0], "提交事后报告");
        zhu.Hears("事后报告");
    }

    [Fact]
    public async Task A_monthly_message_goes_out_on_its_day_or_the_next_working_day_once_a_month_until_stopped()
    {
        await WalkAsync(new DateOnly(2026, 1, 5));
        int recurringId;
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var wang = await db.Staff.SingleAsync(s => s.Name == "王秀兰");
            recurringId = (await scope.ServiceProvider.GetRequiredService<AnnouncementService>().ScheduleMonthlyAsync(
                wang, "月度廉政提醒", "请严守审计纪律。", Audience.Everyone, null, "已阅", 1, CancellationToken.None)).Id;
        }

        await WalkAsync(new DateOnly(2026, 10, 31));
        var monthly = (await MessagesAsync(OutboxKinds.IntegrityMessage)).Select(m => LocalDay(m.CreatedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();
        // January's day had passed when it was set; 2-01 is a Sunday, 3-01 a Sunday, 5-01 to 5-05 off, 8-01 a Saturday, 10-01 to 10-07 off.
        Assert.Equal(["2026-02-02", "2026-03-02", "2026-04-01", "2026-05-06", "2026-06-01", "2026-07-01", "2026-08-03", "2026-09-01", "2026-10-08"], monthly);

        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var wang = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.SingleAsync(s => s.Name == "王秀兰");
            Assert.True(await scope.ServiceProvider.GetRequiredService<AnnouncementService>().StopAsync(wang.Id, recurringId, CancellationToken.None));
        }

        await WalkAsync(new DateOnly(2026, 12, 31));
        Assert.Equal(9, (await MessagesAsync(OutboxKinds.IntegrityMessage)).Count);
    }
}
