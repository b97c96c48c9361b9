using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.LocalChat;

/// <summary>When the local web chat is on, everyone in the directory can read messages there.</summary>
internal sealed class LocalChannelReach : IChannelReach
{
    public string Channel => Channels.Local;

    public bool CanReach(Staff staff) => true;
}
