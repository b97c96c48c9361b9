using Lianzheng.Core.Announcements;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs;

/// <summary>确认情况 as conversations: the 廉政监督员 sees every message of the bureau that asks for confirmation — the bot's
/// holiday messages and those of whoever sent them, not only her own — the latest first, five at a time with 更多.</summary>
public sealed class ConfirmationStatusDialogTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task The_supervisor_sees_the_bots_messages_and_another_senders_with_who_has_not_confirmed()
    {
        var holiday = await QueueAsync("元旦廉政提醒", senderName: null, "朱浩然", "秦诗涵");
        await QueueAsync("班子廉政提醒", "周建国", "吴海燕", "郑立新");
        await QueueAsync("无需确认的通知", "周建国", confirm: false, "朱浩然");
        await ConfirmAsync(holiday, "朱浩然");

        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("确认情况");
        wang.Hears("“班子廉政提醒”（2026年12月1日）：已确认 0/2", "未确认：吴海燕、郑立新", "“元旦廉政提醒”（2026年12月1日）：已确认 1/2", "未确认：秦诗涵");
        wang.DoesNotHear("无需确认的通知");
        Assert.True(wang.Heard.IndexOf("班子廉政提醒", StringComparison.Ordinal) < wang.Heard.IndexOf("元旦廉政提醒", StringComparison.Ordinal),
            "the latest first");
        Assert.DoesNotContain("更多", wang.Buttons);

        // A leader who sent nothing sees none of them: only the supervisor sees the bureau's messages.
        var wu = await _bot.ChatAsAsync("吴海燕");
        await wu.SaysAsync("确认情况");
        wu.DoesNotHear("元旦廉政提醒");
        wu.DoesNotHear("班子廉政提醒");
    }

    [Fact]
    public async Task More_than_five_messages_are_shown_five_at_a_time_and_more_opens_the_next()
    {
        for (var i = 1; i <= 7; i++)
        {
            await QueueAsync($"第{i}期廉政提醒", "周建国", "朱浩然");
        }

        var wang = await _bot.ChatAsAsync("王秀兰");
        await wang.SaysAsync("确认情况");
        wang.Hears("“第7期廉政提醒”", "“第3期廉政提醒”");
        wang.DoesNotHear("“第2期廉政提醒”");
        wang.SeesButtons("更多", "在工作台查看全部");

        await wang.ClicksAsync("更多");
        wang.Hears("确认情况（第 2 页）", "“第2期廉政提醒”", "“第1期廉政提醒”（2026年12月1日）：已确认 0/1");
        wang.DoesNotHear("“第3期廉政提醒”");
        Assert.DoesNotContain("更多", wang.Buttons);

        await wang.ClicksAsync("在工作台查看全部");
        wang.Hears("登录工作台");

        // A made-up page far beyond the last does not wrap around to the first.
        await wang.SendsActionAsync("start:confirmation-status:2147483647");
        wang.DoesNotHear("“第7期廉政提醒”");
        wang.DoesNotHear("第 2147483647 页");
    }

    private async Task<long> QueueAsync(string title, string? senderName, params string[] recipients) =>
        await QueueAsync(title, senderName, true, recipients);

    private async Task<long> QueueAsync(string title, string? senderName, bool confirm, params string[] recipients)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var ids = await db.Staff.Where(s => recipients.Contains(s.Name)).Select(s => s.Id).ToListAsync();
        var sender = senderName is null ? null : await db.Staff.SingleAsync(s => s.Name == senderName);
        if (sender is not null)
        {
            return (await scope.ServiceProvider.GetRequiredService<AnnouncementService>().SendAsync(
                sender, title, "请严守廉洁纪律。", ids, confirm ? AnnouncementTexts.ConfirmLabel : null, AnnouncementService.Key(Guid.NewGuid()),
                CancellationToken.None)).Id;
        }

        return (await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(new OutboxRequest(
            OutboxKinds.HolidayMessage, "holiday:" + title, new OutboundMessage("节日期间请严守纪律。", title), ids, confirm ? "收到" : null), CancellationToken.None)).Id;
    }

    private async Task ConfirmAsync(long messageId, string name)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var staff = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.SingleAsync(s => s.Name == name);
        Assert.Equal(ConfirmOutcome.Confirmed, await scope.ServiceProvider.GetRequiredService<OutboxWriter>().ConfirmAsync(messageId, staff.Id, CancellationToken.None));
    }
}
