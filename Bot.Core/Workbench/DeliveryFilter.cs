namespace Lianzheng.Core.Workbench;

/// <summary>Which deliveries of a message the 工作台 lists: by the person (confirmed or not, reached or not) or by the
/// delivery's own <see cref="DeliveryState"/>.</summary>
public enum DeliveryFilter
{
    All = 0,

    /// <summary>未确认: the person has not confirmed (a message that asks for it).</summary>
    Unconfirmed = 1,

    Confirmed = 2,

    /// <summary>未送达: the message has reached the person on no channel (yet).</summary>
    NotReached = 3,

    Queued = 4,
    Waiting = 5,
    Delivered = 6,
    Unreachable = 7,
    Failed = 8,
}
