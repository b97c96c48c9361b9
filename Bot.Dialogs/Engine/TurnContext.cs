using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Dialogs.Engine;

/// <summary>One turn: what the user sent, who he is and the replies collected so far. The services a dialog uses are
/// its constructor parameters, not looked up here.</summary>
public sealed class TurnContext(InboundMessage activity, Staff user, TimeProvider time, TimeZoneInfo timeZone)
{
    private readonly List<OutboundMessage> _replies = [];

    public InboundMessage Activity { get; } = activity;

    public Staff User { get; } = user;

    public TimeProvider Time { get; } = time;

    public TimeZoneInfo TimeZone { get; } = timeZone;

    /// <summary>The user's local date (Asia/Shanghai unless his zone is known).</summary>
    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Time.GetUtcNow(), TimeZone).DateTime);

    public IReadOnlyList<OutboundMessage> Replies => _replies;

    public bool Responded => _replies.Count > 0;

    /// <summary>The text the user typed, or the value carried by an answer button.</summary>
    public string? Text { get; set; } = activity.Text?.Trim();

    public void Send(OutboundMessage message) => _replies.Add(message);

    public void Send(string text) => _replies.Add(new OutboundMessage(text));
}
