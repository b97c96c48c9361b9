using Lianzheng.Core.Domain;

namespace Lianzheng.Bot.Inbound;

/// <summary>Runs the turn of one stored inbound message of its channel and sends the replies.</summary>
public interface IInboundProcessor
{
    string Channel { get; }

    Task ProcessAsync(InboundWork work, CancellationToken cancellationToken);
}
