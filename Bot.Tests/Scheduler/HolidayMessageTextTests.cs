using Lianzheng.Core.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Scheduler;

/// <summary>What a holiday message says: in 2025 国庆 and 中秋 are taken together (10月1日–8日), and the message sent two
/// working days before (9月29日) warns of each festival's own risks, with 中秋's on public money and improper gifts;
/// it names the audit discipline and offers its full text.</summary>
public sealed class HolidayMessageTextTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() =>
        _bot = await DialogHarness.StartAsync(new DateTimeOffset(2025, 9, 29, 10, 0, 0, TimeSpan.FromHours(8)));

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Holidays_taken_together_carry_the_lines_of_each_and_the_discipline_is_offered_in_full()
    {
        await _bot.RunDailyDutiesAsync();
        var message = await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.HolidayMessage));
        Assert.Equal("国庆节、中秋节廉洁提醒", message.Title);
        Assert.Contains("严禁公款吃喝、公款旅游和违规接受宴请，严禁公车私用。", message.Body, StringComparison.Ordinal);
        Assert.Contains("严禁用公款购买、赠送月饼等节礼，严禁收受管理服务对象赠送的月饼、土特产等礼品礼金", message.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("严禁收送月饼", message.Body, StringComparison.Ordinal);
        Assert.Contains("严守审计“四严禁”工作要求和审计“八不准”工作纪律。", message.Body, StringComparison.Ordinal);

        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.ClicksAsyncFrom(message, "查看完整条文");
        wang.Hears("审计“四严禁”工作要求：", "3. 严禁泄露审计工作秘密。", "7. 不准接受被审计单位和个人的请托干预审计工作。");

        // Whoever has not confirmed by the next day is reminded, and the reminder offers the full text too.
        _bot.Time.Advance(TimeSpan.FromDays(1));
        await _bot.RunReminderSweepAsync();
        var reminder = await _bot.QueryAsync(db => db.OutboxMessages.SingleAsync(m => m.Kind == OutboxKinds.Reminder));
        Assert.Equal(message.Id, reminder.AcknowledgesMessageId);
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.ClicksAsyncFrom(reminder, "查看完整条文");
        zhu.Hears("审计“八不准”工作纪律：");
        await zhu.ClicksAsyncFrom(reminder, "收到");
    }
}
