using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs;

/// <summary>The team on site, told as conversations on the demo bureau (2026-12-01, a Tuesday): registered the day before
/// 进点, the team has its reminder and its leader the 审计纪律告知书 at once; at 离场 the leader reports how the team kept the
/// discipline and the 廉政监督员 receives it; she sees who on any current project has not committed.</summary>
public sealed class AuditFieldworkDialogTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    /// <summary>陈晓梅 registers 县交通运输局预算执行审计 (not major) entering tomorrow, 12月2日, leaving 12月4日, with 朱浩然 and 秦诗涵.</summary>
    private async Task<ChatUser> RegistersProjectEnteringTomorrowAsync(bool major = false)
    {
        var chen = await _bot.ChatAsAsync("陈晓梅");
        await chen.SaysAsync("登记审计项目");
        await chen.SaysAsync("县交通运输局预算执行审计");
        await chen.ClicksAsync(major ? "是" : "否");
        await chen.SaysAsync("明天");
        chen.Hears("计划哪天离场");
        await chen.SaysAsync("12月4日");
        await chen.SaysAsync("朱浩然、秦诗涵");
        await chen.ClicksAsync("吴海燕");
        chen.Hears("2026年12月2日进场，2026年12月4日离场");
        await chen.ClicksAsync("是");
        return chen;
    }

    [Fact]
    public async Task Registered_the_day_before_entry_the_leader_has_the_notice_at_once_and_at_departure_reports_a_lapse_to_the_supervisor()
    {
        var chen = await RegistersProjectEnteringTomorrowAsync();
        chen.Hears("已登记审计项目", "审计组 3 人已收到", "审计组长已收到《审计纪律告知书》的下载链接");
        var notice = (await chen.InboxAsync()).Single(m => m.Kind == OutboxKinds.DisciplineNotice);
        var project = await _bot.QueryAsync(db => db.AuditProjects.SingleAsync());
        Assert.Contains($"/audit-notices/{project.NoticeCode}", notice.Body, StringComparison.Ordinal);
        Assert.NotEqual(project.NoticeCode, project.FeedbackCode);

        // Not on site yet: nothing to report.
        await chen.SaysAsync("执行情况报告");
        chen.Hears("您没有需要报送执行情况报告的审计项目");

        _bot.Time.Advance(TimeSpan.FromDays(3)); // Friday 4 December, 离场
        await _bot.RunDailyDutiesAsync();
        var due = (await chen.InboxAsync()).Single(m => m.Kind == OutboxKinds.ExecutionReportDue);
        Assert.Contains("计划于 2026年12月4日 离场", due.Body, StringComparison.Ordinal);
        await chen.ClicksAsyncFrom(due, "填报执行情况");
        chen.Hears("审计组 3 人（陈晓梅、朱浩然、秦诗涵）是否都严格遵守");
        await chen.ClicksAsync("否");
        chen.Hears("陈晓梅是否严格遵守了审计纪律");
        await chen.ClicksAsync("遵守");
        chen.Hears("朱浩然是否严格遵守了审计纪律");
        await chen.ClicksAsync("未遵守");
        await chen.ClicksAsync("遵守");
        chen.Hears("请说明发生了什么问题"); // someone did not keep it: what happened is asked, not whether
        await chen.SaysAsync("12月3日接受被审计单位安排的午餐一次");
        chen.Hears("涉及哪些人员");
        await chen.SaysAsync("朱浩然");
        chen.Hears("是如何处理的");
        await chen.SaysAsync("已按标准补交餐费，作出书面检查");
        chen.Hears("陈晓梅：严格遵守\n朱浩然：未严格遵守\n秦诗涵：严格遵守", "违纪违规问题：12月3日接受被审计单位安排的午餐一次",
            "确认报送吗");
        await chen.ClicksAsync("确认报送");
        chen.Hears("执行情况报告已报送廉政监督员");

        var wang = await _bot.ChatAsAsync("王秀兰");
        var report = (await wang.InboxAsync()).Single(m => m.Kind == OutboxKinds.ExecutionReport);
        Assert.Contains("陈晓梅报送了审计项目“县交通运输局预算执行审计”的审计纪律执行情况报告", report.Body, StringComparison.Ordinal);
        Assert.Contains("朱浩然：未严格遵守", report.Body, StringComparison.Ordinal);
        Assert.Contains("处理情况：已按标准补交餐费，作出书面检查", report.Body, StringComparison.Ordinal);
        var stored = await _bot.QueryAsync(db => db.ExecutionReports.Include(r => r.Entries).SingleAsync());
        Assert.Equal([true, false, true], stored.Entries.OrderBy(e => e.StaffId).Select(e => e.KeptDiscipline));
        Assert.Equal("朱浩然", stored.IncidentPeople);
        Assert.Contains(await _bot.QueryAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()), a => a == "project.execution-reported");
        Assert.True((await VerifyAsync()).IsIntact);

        // Reported once: the button and the next day's duties ask nothing more.
        await chen.ClicksAsyncFrom(due, "填报执行情况");
        chen.Hears("您没有需要报送执行情况报告的审计项目");
        _bot.Time.Advance(TimeSpan.FromDays(3));
        await _bot.RunDailyDutiesAsync();
        Assert.Single(await chen.InboxAsync(), m => m.Kind == OutboxKinds.ExecutionReportDue);
    }

    [Fact]
    public async Task A_team_that_kept_the_discipline_is_reported_in_two_answers()
    {
        var chen = await RegistersProjectEnteringTomorrowAsync();
        _bot.Time.Advance(TimeSpan.FromDays(1)); // on site
        await chen.SaysAsync("执行情况报告");
        chen.Hears("是否都严格遵守");
        await chen.ClicksAsync("是");
        chen.Hears("有无违纪违规问题");
        await chen.ClicksAsync("无");
        chen.Hears("陈晓梅：严格遵守\n朱浩然：严格遵守\n秦诗涵：严格遵守", "有无违纪违规问题：无");
        await chen.ClicksAsync("确认报送");
        chen.Hears("已报送");
        var stored = await _bot.QueryAsync(db => db.ExecutionReports.Include(r => r.Entries).SingleAsync());
        Assert.All(stored.Entries, e => Assert.True(e.KeptDiscipline));
        Assert.Null(stored.Incident);

        // A lapse written into the report outside the bot is found by the audit trail.
        await _bot.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE ExecutionReportEntries SET KeptDiscipline = 0"));
        var verification = await VerifyAsync();
        Assert.False(verification.IsIntact);
        Assert.Equal((nameof(ExecutionReport), stored.Id.ToString(CultureInfo.InvariantCulture)), (verification.Problem!.EntityType, verification.Problem.EntityId));
        Assert.Contains("执行情况报告 #", verification.Problem.Message, StringComparison.Ordinal);
    }

    private async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_major_project_registered_the_day_before_entry_does_not_wait_for_its_talk_to_remind_the_team()
    {
        var chen = await RegistersProjectEnteringTomorrowAsync(major: true);
        chen.Hears("已提醒吴海燕开展审前集体廉政提醒谈话", "审计组 3 人已先收到");
        var qin = await _bot.ChatAsAsync("秦诗涵");
        Assert.Single(await qin.InboxAsync(), m => m.Kind == OutboxKinds.PreAuditReminder);
        var wu = await _bot.ChatAsAsync("吴海燕");
        Assert.Single(await wu.InboxAsync(), m => m.Kind == OutboxKinds.PreAuditTalkDue);
    }

    [Fact]
    public async Task The_supervisor_sees_who_has_not_committed_on_a_project_she_did_not_register()
    {
        await RegistersProjectEnteringTomorrowAsync();
        var zhu = await _bot.ChatAsAsync("朱浩然");
        var reminder = (await zhu.InboxAsync()).Single(m => m.Kind == OutboxKinds.PreAuditReminder);
        await zhu.ClicksAsyncFrom(reminder, "已阅并承诺遵守");

        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("确认情况");
        wang.Hears("项目“县交通运输局预算执行审计”", "已承诺遵守 1/3", "未承诺：陈晓梅、秦诗涵");
        var commitment = await _bot.QueryAsync(db => db.Deliveries.Where(d => d.MessageId == reminder.Id && d.RecipientId == zhu.StaffId)
            .Select(d => d.ConfirmedAt).SingleAsync());
        Assert.Equal(_bot.Time.GetUtcNow(), commitment); // the commitment is recorded with its time
    }

    [Fact]
    public async Task A_team_leader_named_by_the_supervisor_without_the_team_leader_role_reports_from_his_button()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("登记审计项目");
        await wang.SaysAsync("社保基金专项审计");
        await wang.ClicksAsync("否");
        await wang.SaysAsync("明天");
        await wang.SaysAsync("明天");
        await wang.SaysAsync("蒋文博、曹振华");
        await wang.ClicksAsync("蒋文博"); // 股室负责人, not 审计组长
        await wang.ClicksAsync("郑立新");
        await wang.ClicksAsync("是");

        _bot.Time.Advance(TimeSpan.FromDays(1));
        await _bot.RunDailyDutiesAsync();
        var jiang = await _bot.ChatAsAsync("蒋文博");
        var due = (await jiang.InboxAsync()).Single(m => m.Kind == OutboxKinds.ExecutionReportDue);
        await jiang.ClicksAsyncFrom(due, "填报执行情况");
        jiang.Hears("审计组 2 人（蒋文博、曹振华）是否都严格遵守");
        await jiang.ClicksAsync("是");
        await jiang.ClicksAsync("无");
        await jiang.ClicksAsync("确认报送");
        jiang.Hears("已报送");

        // Someone who leads no team is told so, not turned away.
        var shen = await _bot.ChatAsAsync("沈佳怡");
        await shen.SaysAsync("执行情况报告");
        shen.Hears("您没有需要报送执行情况报告的审计项目");
    }
}
