namespace Lianzheng.Core.Outbox;

/// <summary>A delivery dispatcher that is running, as it last said so: each dispatcher (one per replica) writes its row
/// every few seconds, and the channels' limits are shared among the rows seen lately. Removed when it stops.</summary>
public sealed class DispatcherHeartbeat
{
    /// <summary>The dispatcher: machine, process, start time and instance (the owner written on its leases).</summary>
    public required string Owner { get; set; }

    public DateTimeOffset SeenAt { get; set; }
}
