namespace Lianzheng.Core.Outbox;

/// <summary>What a reminder of an unconfirmed message says before the original.</summary>
internal static class ReminderTexts
{
    public const string Prefix = "【再次提醒】您还没有确认收到这条提醒，请阅读后点击下方按钮确认。\n\n";
}
