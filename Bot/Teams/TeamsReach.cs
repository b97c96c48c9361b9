using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.Teams;

/// <summary>Teams reaches the staff members linked to a Teams user.</summary>
public sealed class TeamsReach : IChannelReach
{
    public string Channel => Channels.Teams;

    public bool CanReach(Staff staff) => staff.ChannelIdentities.Any(c => c.Channel == Channels.Teams);
}
