using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Outbox;

/// <summary>Tells whether a channel can reach a staff member; each channel the host runs registers one.</summary>
public interface IChannelReach
{
    string Channel { get; }

    /// <summary>Called with the staff member's channel identities loaded.</summary>
    bool CanReach(Staff staff);
}
