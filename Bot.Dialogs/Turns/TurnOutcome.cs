using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Dialogs.Turns;

/// <summary>The result of one turn: who spoke (null when he is not in the directory) and what the bot answers.</summary>
public sealed record TurnOutcome(Staff? User, IReadOnlyList<OutboundMessage> Replies);
