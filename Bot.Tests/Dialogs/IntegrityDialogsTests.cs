using Lianzheng.Core.Persistence;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs;

/// <summary>记录谈话、谈话进度、发送廉政提醒、登记审计项目、确认情况, told as conversations on the demo bureau
/// (2026-12-01, a Tuesday).</summary>
public class IntegrityDialogsTests : IAsyncLifetime
{
    /// <summary>These conversations again on PostgreSQL: the same turns, stored by the other provider.</summary>
    public sealed class OnPostgres : IntegrityDialogsTests
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
    public async Task A_leader_records_a_talk_with_a_head_he_oversees_and_sees_his_progress()
    {
        var wu = await _bot.ChatAsAsync("吴海燕");
        await wu.SaysAsync("记录谈话");
        wu.Hears("请选择谈话对象");
        wu.SeesButtons("陈晓梅（财政审计股）", "褚宏伟（经济责任审计股）", "全部分管股室负责人");
        wu.DoesNotHear("冯志强");
        await wu.ClicksAsync("陈晓梅（财政审计股）");
        wu.Hears("谈话类型");
        await wu.ClicksAsync("日常廉政谈话");
        wu.Hears("谈话形式");
        await wu.ClicksAsync("个别谈话");
        await wu.SaysAsync("下周三");
        wu.Hears("不能晚于");
        await wu.SaysAsync("11月28日");
        wu.Hears("请简要记录谈话内容");
        await wu.SaysAsync("提醒严守审计“八不准”，注意八小时外生活圈");
        wu.Hears("请核对：陈晓梅（财政审计股），个别谈话，2026年11月28日");
        await wu.ClicksAsync("是");
        wu.Hears("已记录谈话 #1", "2026年与陈晓梅已谈 1/2 次");

        await wu.SaysAsync("谈话进度");
        wu.Hears("2026年廉政谈话进度", "共 2 对谈话关系，已完成 0 对，未完成 2 对", "吴海燕 → 陈晓梅（财政审计股）：1/2", "吴海燕 → 褚宏伟（经济责任审计股）：0/2");
        wu.DoesNotHear("周建国 →");

        var talk = await _bot.QueryAsync(db => db.IntegrityTalks.SingleAsync());
        Assert.Equal(new DateOnly(2026, 11, 28), talk.HeldOn);
        Assert.Single(await _bot.QueryAsync(db => db.AuditEntries.Where(e => e.Action == "talk.recorded").ToListAsync()));
    }

    [Fact]
    public async Task A_talk_due_button_opens_the_dialog_prefilled_and_a_collective_talk_counts_for_every_head()
    {
        var zhou = await _bot.ChatAsAsync("周建国");
        var feng = await _bot.QueryAsync(db => db.Staff.SingleAsync(s => s.Name == "冯志强"));
        await zhou.SendsActionAsync($"start:record-talk:{feng.Id}");
        zhou.Hears("谈话类型");
        await zhou.ClicksAsync("日常廉政谈话");
        zhou.Hears("谈话形式");
        await zhou.ClicksAsync("集体谈话");
        await zhou.SaysAsync("今天");
        await zhou.SaysAsync("节前集体廉政谈话，重申节日期间纪律要求");
        await zhou.ClicksAsync("是");
        zhou.Hears("2026年与冯志强已谈 1/2 次");

        await zhou.SaysAsync("记录谈话");
        await zhou.ClicksAsync("全部分管股室负责人");
        await zhou.ClicksAsync("日常廉政谈话");
        await zhou.ClicksAsync("集体谈话");
        await zhou.SaysAsync("今天");
        await zhou.SaysAsync("年终廉政谈话，总结全年廉洁自律情况");
        await zhou.ClicksAsync("是");
        zhou.Hears("2026年与王秀兰已谈 1/2 次", "2026年与冯志强已谈 2/2 次");

        // The party secretary sees every pair; a head cannot record talks at all.
        await zhou.SaysAsync("谈话进度");
        zhou.Hears("共 6 对谈话关系，已完成 1 对", "周建国 → 冯志强（法规审理股）：2/2 ✓", "郑立新 → 蒋文博（社会保障审计股）：0/2");
        var chen = await _bot.ChatAsAsync("陈晓梅");
        await chen.SendsActionAsync("start:record-talk");
        chen.Hears("“记录谈话”");
    }

    [Fact]
    public async Task A_supervisor_sends_a_section_a_message_to_confirm_and_sees_who_has_not()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("发送廉政提醒");
        wang.Hears("提醒的标题");
        await wang.SaysAsync("月度廉政提醒");
        await wang.SaysAsync("本月起财政审计股进场县本级预算执行审计，请严守审计“八不准”。");
        await wang.ClicksAsync("某个股室");
        await wang.ClicksAsync("财政审计股");
        wang.Hears("需要收件人点击“已阅”确认吗");
        await wang.ClicksAsync("是");
        await wang.ClicksAsync("现在发送一次");
        wang.Hears("请核对：发送给财政审计股（5 人），需要确认");
        await wang.ClicksAsync("是");
        wang.Hears("已发送给 5 人");

        var zhu = await _bot.ChatAsAsync("朱浩然");
        var message = (await zhu.InboxAsync()).Single();
        Assert.Equal(OutboxKinds.IntegrityMessage, message.Kind);
        Assert.Equal("月度廉政提醒", message.Title);
        Assert.Contains(new Fact("发送人", "王秀兰"), OutboxWriter.ToOutbound(message).Facts);
        await zhu.ClicksAsyncFrom(message, "已阅");
        zhu.Hears("已确认");

        await wang.ClicksAsync("确认情况");
        wang.Hears("“月度廉政提醒”", "已确认 1/5", "未确认：陈晓梅、秦诗涵、尤子轩、魏博文");

        // Leaders only; an auditor cannot send.
        await wang.SaysAsync("发送廉政提醒");
        await wang.SaysAsync("班子提醒");
        await wang.SaysAsync("请带头落实中央八项规定精神。");
        await wang.ClicksAsync("班子成员");
        await wang.ClicksAsync("否");
        await wang.ClicksAsync("现在发送一次");
        wang.Hears("发送给班子成员（3 人），无需确认");
        await wang.ClicksAsync("否");
        wang.Hears("没有发送");
        await zhu.SaysAsync("发送廉政提醒");
        zhu.DoesNotHear("提醒的标题");
    }

    [Fact]
    public async Task A_team_leader_registers_a_major_project_and_the_responsible_leader_is_asked_for_the_pre_audit_talk()
    {
        var chen = await _bot.ChatAsAsync("陈晓梅");
        await chen.SaysAsync("登记审计项目");
        await chen.SaysAsync("2026年度县本级预算执行审计");
        await chen.ClicksAsync("是");
        await chen.SaysAsync("12月15日");
        chen.Hears("计划哪天离场");
        await chen.SaysAsync("12月31日");
        chen.Hears("请输入审计组成员姓名");
        await chen.SaysAsync("朱浩然、秦诗涵、李四");
        chen.Hears("名录中找不到：李四");
        await chen.SaysAsync("朱浩然、秦诗涵 尤子轩");
        chen.Hears("分管领导是谁");
        await chen.ClicksAsync("吴海燕");
        chen.Hears("请核对：2026年度县本级预算执行审计；重大项目；2026年12月15日进场，2026年12月31日离场；组长 陈晓梅；分管领导 吴海燕；成员 朱浩然、秦诗涵、尤子轩");
        await chen.ClicksAsync("是");
        chen.Hears("已登记审计项目 #1", "已提醒吴海燕在进场前开展审前集体廉政提醒谈话", "进场前一个工作日，审计组长将收到《审计纪律告知书》");

        var wu = await _bot.ChatAsAsync("吴海燕");
        var asked = (await wu.InboxAsync()).Single(m => m.Kind == OutboxKinds.PreAuditTalkDue);
        await wu.ClicksAsyncFrom(asked, "记录审前谈话");
        wu.Hears("审计项目“2026年度县本级预算执行审计”的审前集体廉政提醒谈话（审计组 4 人）");
        await wu.SaysAsync("今天");
        await wu.SaysAsync("传达“四严禁”“八不准”");
        await wu.ClicksAsync("是");
        wu.Hears("已记录审前集体谈话");

        await chen.SaysAsync("确认情况");
        chen.Hears("已承诺遵守 0/4", "未承诺：陈晓梅、朱浩然、秦诗涵、尤子轩");
        var qin = await _bot.ChatAsAsync("秦诗涵");
        var reminder = (await qin.InboxAsync()).Single(m => m.Kind == OutboxKinds.PreAuditReminder);
        Assert.Contains("审计“四严禁”工作要求：\n1. 严禁违反政治纪律和政治规矩，不严格执行请示报告制度。", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("审计“八不准”工作纪律：\n1. 不准由被审计单位和个人报销或补贴住宿、餐饮、交通、通讯、医疗等费用。", reminder.Body, StringComparison.Ordinal);
        Assert.Contains("8. 不准向被审计单位和个人提出任何与审计工作无关的要求。", reminder.Body, StringComparison.Ordinal);
        await qin.ClicksAsyncFrom(reminder, "查看完整条文");
        qin.Hears("4. 严禁工作时间饮酒和酒后驾驶机动车。", "5. 不准利用审计职权干预被审计单位依法管理的资金、资产、资源的审批或分配使用。");
        await qin.ClicksAsyncFrom(reminder, "已阅并承诺遵守");
        await chen.SaysAsync("确认情况");
        chen.Hears("已承诺遵守 1/4");

        // The button works once: the talk is recorded.
        await wu.ClicksAsyncFrom(asked, "记录审前谈话");
        wu.Hears("已经记录过了");
    }

    [Fact]
    public async Task Two_leaders_of_the_same_name_are_told_apart_by_their_buttons_and_a_typed_name_is_asked_again()
    {
        var namesake = await _bot.QueryAsync(async db =>
        {
            var staff = new Staff { EmployeeNo = "L099", Name = "吴海燕", Roles = [new StaffRoleAssignment { Role = StaffRole.Leader }] };
            db.Staff.Add(staff);
            await db.SaveChangesAsync();
            return staff.Id;
        });
        var wang = await StartsAnOrdinaryProjectAsync();
        await wang.ClicksAsync("蒋文博");
        wang.Hears("分管领导是谁");
        var buttons = wang.Replies.SelectMany(r => r.Buttons).Where(b => b.Label == "吴海燕").ToList();
        Assert.Equal(2, buttons.Count);

        await wang.SaysAsync("吴海燕");
        wang.Hears("有不止一个“吴海燕”，请点击对应的按钮或回复序号");
        await wang.SendsActionAsync(wang.Replies.SelectMany(r => r.Buttons).Last(b => b.Label == "吴海燕").Action);
        await wang.ClicksAsync("是");
        wang.Hears("审计组 2 人已收到");
        var project = await _bot.QueryAsync(db => db.AuditProjects.SingleAsync());
        Assert.Equal(namesake, project.ResponsibleLeaderId);
    }

    [Fact]
    public async Task An_ordinary_project_sends_the_team_its_reminder_at_once_and_a_supervisor_names_the_team_leader()
    {
        var wang = await StartsAnOrdinaryProjectAsync();
        wang.Hears("审计组长是谁");
        await wang.ClicksAsync("蒋文博");
        await wang.ClicksAsync("郑立新");
        await wang.ClicksAsync("是");
        wang.Hears("审计组 2 人已收到");
        var project = await _bot.QueryAsync(db => db.AuditProjects.Include(p => p.TeamLeader).SingleAsync());
        Assert.Equal("蒋文博", project.TeamLeader!.Name);
        var cao = await _bot.ChatAsAsync("曹振华");
        Assert.Contains(await cao.InboxAsync(), m => m.Kind == OutboxKinds.PreAuditReminder);
        Assert.Empty(await _bot.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.PreAuditTalkDue).ToListAsync()));
    }

    [Fact]
    public async Task A_supervisor_sets_a_monthly_message_sees_it_and_stops_it()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("发送廉政提醒");
        await wang.SaysAsync("月度廉政提醒");
        await wang.SaysAsync("每月初提醒：严守审计“八不准”。");
        await wang.ClicksAsync("全体人员");
        await wang.ClicksAsync("是");
        await wang.ClicksAsync("每月定期发送");
        wang.Hears("每月几号发送");
        await wang.SaysAsync("31");
        wang.Hears("28");
        await wang.SaysAsync("1");
        wang.Hears("请核对：每月 1 日（遇节假日顺延）发送给全体人员（目前 26 人），需要确认");
        await wang.ClicksAsync("是");
        wang.Hears("已设置每月定期提醒 #1");
        Assert.Empty(await _bot.QueryAsync(db => db.OutboxMessages.Where(m => m.Kind == OutboxKinds.IntegrityMessage).ToListAsync()));

        await wang.SaysAsync("确认情况");
        wang.Hears("每月定期提醒 #1“月度廉政提醒”：每月 1 日");
        await wang.SaysAsync("停止定期提醒");
        await wang.ClicksAsync("每月定期提醒 #1“月度廉政提醒”：每月 1 日");
        wang.Hears("已停止定期提醒 #1");
        await wang.SaysAsync("停止定期提醒");
        wang.Hears("您没有正在执行的每月定期提醒");
    }

    [Fact]
    public async Task A_supervisor_rewrites_the_spring_festival_message_and_it_goes_out_in_her_words()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("节日提醒模板");
        wang.Hears("1. 元旦", "7. 国庆节"); // seven holidays: a numbered list rather than buttons
        await wang.SaysAsync("春节");
        wang.Hears("春节提醒的默认文本", "中央八项规定", "发出时将是", "春节将至（2027年2月5日至2027年2月8日放假）");
        await wang.ClicksAsync("修改");
        await wang.SaysAsync("{holliday}快到了，{bureau}提醒大家廉洁过节。");
        wang.Hears("不认识的占位符：{holliday}");
        await wang.SaysAsync("{holiday}快到了（{firstOffDay}起放假），{bureau}提醒大家廉洁过节、拒收红包。");
        wang.Hears("春节快到了（2027年2月5日起放假），县审计局提醒大家廉洁过节、拒收红包。", "保存吗");
        await wang.ClicksAsync("是");
        wang.Hears("已保存春节提醒的新文本");

        // 2027's arrangement is not published: the estimate (除夕 2-05) puts the send date two working days before.
        _bot.Time.SetUtcNow(new DateTimeOffset(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(8)));
        await _bot.RunDailyDutiesAsync();
        var zhu = await _bot.ChatAsAsync("朱浩然");
        var message = (await zhu.InboxAsync()).Single(m => m.Kind == OutboxKinds.HolidayMessage);
        Assert.Equal("春节快到了（2027年2月5日起放假），县审计局提醒大家廉洁过节、拒收红包。", message.Body);
        Assert.Contains(new Fact("发送人", "系统（廉政助手自动发送）"), OutboxWriter.ToOutbound(message).Facts);

        await wang.SaysAsync("节日提醒模板");
        await wang.SaysAsync("2");
        wang.Hears("春节提醒的自定义文本");
        await wang.ClicksAsync("恢复默认");
        wang.Hears("已恢复春节提醒的默认文本");
        Assert.Empty(await _bot.QueryAsync(db => db.HolidayTemplates.ToListAsync()));
        await zhu.SaysAsync("节日提醒模板");
        zhu.DoesNotHear("查看或修改哪个节日的提醒");
    }

    /// <summary>王秀兰 (a supervisor, not on the team) registers 社保基金专项审计, not major, entering 12月20日, with
    /// leaving 12月30日, with 蒋文博 and 曹振华; the bot then asks who leads the team.</summary>
    private async Task<ChatUser> StartsAnOrdinaryProjectAsync()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("登记审计项目");
        await wang.SaysAsync("社保基金专项审计");
        await wang.ClicksAsync("否");
        await wang.SaysAsync("12月20日");
        await wang.SaysAsync("12月30日");
        await wang.SaysAsync("蒋文博、曹振华");
        return wang;
    }
}
