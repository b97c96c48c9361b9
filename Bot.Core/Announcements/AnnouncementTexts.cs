namespace Lianzheng.Core.Announcements;

/// <summary>What an integrity message from a supervisor says of itself, wherever it is written (chat or the 工作台).</summary>
public static class AnnouncementTexts
{
    /// <summary>The confirm button of a message that asks for confirmation.</summary>
    public const string ConfirmLabel = "已阅";

    /// <summary>Who sent a message to many: the person, or the bot itself for what it sends on its own (节日提醒).</summary>
    public static Messaging.Fact Sender(string? name) => new("发送人", name ?? "系统（廉政助手自动发送）");
}
