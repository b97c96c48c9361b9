using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.LocalChat;

/// <summary>A message pushed to the user (a notification or reminder); <c>Id</c> is the cursor for <c>after</c>.</summary>
public sealed record LocalPushedMessage(long Id, DateTimeOffset At, string? Title, string Text, IReadOnlyList<LocalFact> Facts, IReadOnlyList<LocalButton> Buttons);
