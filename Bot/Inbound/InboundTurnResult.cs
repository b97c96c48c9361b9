using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.Inbound;

/// <summary>What running an inbound message gave: its replies, and whether its turn already stored them with the row.</summary>
public sealed record InboundTurnResult(IReadOnlyList<OutboundMessage> Replies, bool Stored)
{
    /// <summary>A message that needs no turn and no answer (a typing indicator, an event we do not act on).</summary>
    public static InboundTurnResult Nothing { get; } = new([], Stored: false);
}
