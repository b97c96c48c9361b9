using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Support;

/// <summary>One person talking to the bot in a dialog test: says things, clicks buttons, and checks what he heard.</summary>
public sealed class ChatUser(DialogHarness harness, int staffId, string name)
{
    public int StaffId => staffId;

    public string Name => name;

    /// <summary>What the bot answered to the last message.</summary>
    public IReadOnlyList<OutboundMessage> Replies { get; private set; } = [];

    /// <summary>Everything the last answer said, title, text and facts, as one string.</summary>
    public string Heard => string.Join("\n", Replies.Select(r =>
        string.Join("\n", new[] { r.Title ?? "", r.Text }.Concat(r.Facts.Select(f => $"{f.Key}：{f.Value}")))));

    public async Task<ChatUser> SaysAsync(string text)
    {
        Replies = (await harness.SendAsync(staffId, text, null)).Replies;
        return this;
    }

    public async Task<ChatUser> ClicksAsync(string label)
    {
        var button = Replies.SelectMany(r => r.Buttons).LastOrDefault(b => b.Label == label)
            ?? throw new Xunit.Sdk.XunitException($"{name} sees no button “{label}”. Buttons: {string.Join(" | ", Buttons)}\n{Heard}");
        return await SendsActionAsync(button.Action);
    }

    public async Task<ChatUser> SendsActionAsync(string action)
    {
        Replies = (await harness.SendAsync(staffId, null, action)).Replies;
        return this;
    }

    /// <summary>Clicks a button of a message the bot sent on its own (a notice or reminder in the inbox).</summary>
    public Task<ChatUser> ClicksAsyncFrom(OutboxMessage message, string label)
    {
        var button = OutboxWriter.ToOutbound(message).Buttons.FirstOrDefault(b => b.Label == label)
            ?? throw new Xunit.Sdk.XunitException($"The message “{message.Title}” has no button “{label}”.");
        return SendsActionAsync(button.Action);
    }

    public IEnumerable<string> Buttons => Replies.SelectMany(r => r.Buttons).Select(b => b.Label);

    public void Hears(params string[] fragments)
    {
        foreach (var fragment in fragments)
        {
            Assert.True(Heard.Contains(fragment, StringComparison.Ordinal), $"{name} expected to hear “{fragment}” but heard:\n{Heard}");
        }
    }

    public void DoesNotHear(string fragment) =>
        Assert.False(Heard.Contains(fragment, StringComparison.Ordinal), $"{name} should not hear “{fragment}” but heard:\n{Heard}");

    public void SeesButtons(params string[] labels)
    {
        foreach (var label in labels)
        {
            Assert.Contains(label, Buttons);
        }
    }

    /// <summary>Messages queued for this person on the local channel (notifications), newest last.</summary>
    public Task<List<OutboxMessage>> InboxAsync() => harness.QueryAsync(db =>
        db.Deliveries.Where(d => d.RecipientId == staffId && d.Channel == Channels.Local)
            .OrderBy(d => d.Id).Select(d => d.Message!).ToListAsync());
}
