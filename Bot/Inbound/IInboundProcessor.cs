using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.Inbound;

/// <summary>One channel's side of a stored inbound message: running its turn, and sending the replies the turn stored.</summary>
public interface IInboundProcessor
{
    string Channel { get; }

    /// <summary>Runs the turn of the message. A turn commits its replies with the row itself
    /// (<see cref="InboundCompletion"/>); a message that needs no turn returns what to answer, unstored.</summary>
    Task<InboundTurnResult> RunTurnAsync(InboundWork work, CancellationToken cancellationToken);

    /// <summary>Sends one stored reply of the message to the person who wrote it; never runs anything again.</summary>
    Task<SendResult> SendReplyAsync(InboundWork work, OutboundMessage reply, CancellationToken cancellationToken);
}
