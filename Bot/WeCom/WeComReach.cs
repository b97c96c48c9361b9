using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.WeCom;

/// <summary>WeCom reaches the staff members with a WeCom userid on file.</summary>
public sealed class WeComReach : IChannelReach
{
    public string Channel => Channels.WeCom;

    public bool CanReach(Staff staff) => staff.ChannelIdentities.Any(c => c.Channel == Channels.WeCom);
}
