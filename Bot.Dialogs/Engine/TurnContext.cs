using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Dialogs.Engine;

/// <summary>One turn: what the user sent, who he is and the replies collected so far. The services a dialog uses are
/// its constructor parameters, not looked up here.</summary>
public sealed class TurnContext(InboundMessage activity, Staff user, TimeProvider time, TimeZoneInfo timeZone)
{
    private readonly List<OutboundMessage> _replies = [];
    private string? _preface;

    public InboundMessage Activity { get; } = activity;

    public Staff User { get; } = user;

    public TimeProvider Time { get; } = time;

    public TimeZoneInfo TimeZone { get; } = timeZone;

    /// <summary>The user's local date (Asia/Shanghai unless his zone is known).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), TimeZone).DateTime);

    /// <summary>What the turn says: the replies sent, and a preface no reply followed as a message of its own.</summary>
    public IReadOnlyList<OutboundMessage> Replies => _preface is null ? _replies : [.. _replies, new OutboundMessage(_preface)];

    public bool Responded => _replies.Count > 0 || _preface is not null;

    /// <summary>The text the user typed, or the value carried by an answer button.</summary>
    public string? Text { get; set; } = activity.Text?.Trim();

    public void Send(OutboundMessage message)
    {
        _replies.Add(_preface is null ? message : message with { Text = _preface + "\n" + message.Text });
        _preface = null;
    }

    public void Send(string text) => Send(new OutboundMessage(text));

    /// <summary>A line said at the head of the next reply of this turn — a prompt's echo of the answer it took, ahead of
    /// the next question — so that the turn stays one message on every channel.</summary>
    public void Preface(string line) => _preface = _preface is null ? line : _preface + "\n" + line;
}
