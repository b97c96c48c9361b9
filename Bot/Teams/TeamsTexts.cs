namespace Lianzheng.Bot.Teams;

/// <summary>What the Teams channel says itself.</summary>
internal static class TeamsTexts
{
    public const string Confirmed = "✅ 已确认";
    public const string InvokeDone = "已处理";
    public const string InvokeNotSupported = "不支持的操作。";
}
