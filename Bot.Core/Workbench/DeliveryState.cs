namespace Lianzheng.Core.Workbench;

/// <summary>Where one delivery (a message to one person on one channel) stands, as the 工作台 shows it.</summary>
public enum DeliveryState
{
    /// <summary>排队中: not tried yet.</summary>
    Queued = 1,

    /// <summary>等待重试: the channel asked to wait (throttled) or a try failed for a moment; tried again at its time.</summary>
    Waiting = 2,

    Delivered = 3,

    /// <summary>无法送达: no channel reaches the person, or the channel refused him (not installed, left, blocked).</summary>
    Unreachable = 4,

    /// <summary>发送失败: the channel refused the message, or every try failed.</summary>
    Failed = 5,
}
