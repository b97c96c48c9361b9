using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.LocalChat;

/// <summary>A message pushed to the user (a notification or reminder); <c>Id</c> is the cursor for <c>after</c>.
/// <c>MessageId</c> is the message's own number (what its 已阅 button confirms); <c>Confirmed</c>, when he has confirmed
/// it, says when (已确认 · 12月7日 10:32), and the page then draws it without the button.</summary>
public sealed record LocalPushedMessage(
    long Id, DateTimeOffset At, string? Title, string Text, IReadOnlyList<LocalFact> Facts, IReadOnlyList<LocalButton> Buttons,
    long MessageId = 0, string? Confirmed = null);
