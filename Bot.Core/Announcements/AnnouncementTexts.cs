namespace Lianzheng.Core.Announcements;

/// <summary>What an integrity message from a supervisor says of itself, wherever it is written (chat or the 工作台).</summary>
public static class AnnouncementTexts
{
    /// <summary>The confirm button of a message that asks for confirmation.</summary>
    public const string ConfirmLabel = "已阅";
}
