using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.LocalChat;

public sealed record LocalPushResponse(IReadOnlyList<LocalPushedMessage> Messages);
