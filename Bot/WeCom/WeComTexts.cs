namespace Lianzheng.Bot.WeCom;

/// <summary>What the WeCom channel says itself.</summary>
internal static class WeComTexts
{
    /// <summary>The card's buttons after the reminder was confirmed (WeCom shows it as one inactive button).</summary>
    public const string Confirmed = "已确认";

    /// <summary>The card's buttons after any other choice was made.</summary>
    public const string Chosen = "已选择";

    public const string CardSource = "廉政助手";

    public const string OnlyText = "廉政助手目前只能读文字消息，请输入文字或点击卡片上的按钮。发送“菜单”查看可办理的事项。";

    public const string Truncated = "…（内容较长，已截断）";
}
