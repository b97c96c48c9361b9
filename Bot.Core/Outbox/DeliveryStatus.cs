namespace Lianzheng.Core.Outbox;

public enum DeliveryStatus
{
    Pending = 1,
    Delivered = 2,
    Unreachable = 3,
    Failed = 4,
}
