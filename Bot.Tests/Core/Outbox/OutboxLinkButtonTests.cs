using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Core.Outbox;

/// <summary>A link button stored in the outbox comes back as a link: from the row, and on the reminder of it.</summary>
public sealed class OutboxLinkButtonTests : IAsyncLifetime
{
    private const string Url = "https://lianzheng.example/audit-notices/abc";
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_stored_link_button_comes_back_as_a_link_beside_the_confirm_button_and_the_action_buttons()
    {
        var message = await EnqueueAsync("link-roundtrip", remindAt: null);

        var stored = await _bot.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == message.Id));
        var buttons = OutboxWriter.ToOutbound(stored).Buttons;

        Assert.Equal($$"""[{"Label":"打开通知","Action":"","Url":"{{Url}}"},{"Label":"查看全文","Action":"start:notice:1"}]""", stored.ButtonsJson);
        Assert.Equal(["收到", "打开通知", "查看全文"], buttons.Select(b => b.Label));
        Assert.True(Actions.TryParseAcknowledge(buttons[0].Action, out var acknowledged));
        Assert.Equal(message.Id, acknowledged);
        Assert.Equal(MessageButton.Link("打开通知", Url), buttons[1]);
        Assert.True(buttons[1].IsLink);
        Assert.Equal(new MessageButton("查看全文", "start:notice:1"), buttons[2]);
        Assert.False(buttons[2].IsLink);
    }

    [Fact]
    public void A_row_stored_before_links_existed_reads_as_action_buttons()
    {
        var row = new OutboxMessage
        {
            Kind = OutboxKinds.IntegrityMessage,
            SourceKey = "old",
            Title = "",
            Body = "旧消息",
            FactsJson = "[]",
            ButtonsJson = """[{"Label":"查看全文","Action":"start:notice:1"}]""",
        };

        var button = Assert.Single(OutboxWriter.ToOutbound(row).Buttons);

        Assert.Equal(new MessageButton("查看全文", "start:notice:1"), button);
        Assert.Null(button.Url);
    }

    [Fact]
    public async Task The_reminder_of_a_message_with_a_link_carries_the_link_and_its_own_confirm_button()
    {
        var original = await EnqueueAsync("link-reminded", remindAt: _bot.Time.GetUtcNow());

        await _bot.RunReminderSweepAsync();

        var reminder = await _bot.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.AcknowledgesMessageId == original.Id));
        var buttons = OutboxWriter.ToOutbound(reminder).Buttons;
        Assert.Equal(["收到", "打开通知", "查看全文"], buttons.Select(b => b.Label));
        Assert.Equal(Url, buttons[1].Url);
        Assert.True(Actions.TryParseAcknowledge(buttons[0].Action, out var acknowledged));
        Assert.Equal(original.Id, acknowledged);
    }

    private async Task<OutboxMessage> EnqueueAsync(string sourceKey, DateTimeOffset? remindAt)
    {
        var recipient = await _bot.QueryAsync(db => db.Staff.Where(s => s.Name == "朱浩然").Select(s => s.Id).SingleAsync());
        await using var scope = _bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxWriter>().EnqueueAsync(new OutboxRequest(
            OutboxKinds.IntegrityMessage,
            sourceKey,
            new OutboundMessage("请阅读通知。", "通知", Buttons: [MessageButton.Link("打开通知", Url), new MessageButton("查看全文", "start:notice:1")]),
            [recipient],
            "收到",
            RemindAt: remindAt), CancellationToken.None);
    }
}
