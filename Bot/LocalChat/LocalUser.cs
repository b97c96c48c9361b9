using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.LocalChat;

public sealed record LocalUser(string Id, string Name, string? Section, IReadOnlyList<string> Roles);
