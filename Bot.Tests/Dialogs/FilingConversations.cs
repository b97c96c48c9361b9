using Lianzheng.Tests.Support;

namespace Lianzheng.Tests.Dialogs;

/// <summary>Conversations several tests go through on the way to what they check.</summary>
internal static class FilingConversations
{
    /// <summary>Answers every question of a wedding filing up to the summary.</summary>
    public static async Task FillWeddingAsync(ChatUser user, string date)
    {
        await user.SaysAsync("备案");
        await user.ClicksAsync("婚嫁");
        await user.ClicksAsync("本人");
        await user.SaysAsync(date);
        await user.SaysAsync("县城国际大酒店");
        await user.SaysAsync("10");
        await user.SaysAsync("100");
        await user.ClicksAsync("否");
        await user.ClicksAsync("否");
        user.Hears("请核对以下备案内容");
    }

    public static async Task FileWeddingAsync(ChatUser user, string date)
    {
        await FillWeddingAsync(user, date);
        await user.ClicksAsync("确认提交");
        user.Hears("备案成功");
    }

    public static async Task FileTripAsync(ChatUser user, string departure, string back)
    {
        await user.SaysAsync("备案");
        await user.ClicksAsync("因私出国（境）");
        await user.SaysAsync("泰国曼谷");
        await user.SaysAsync("探亲");
        await user.SaysAsync(departure);
        await user.SaysAsync(back);
        await user.SaysAsync("妻子李某");
        await user.ClicksAsync("确认提交");
        user.Hears("备案成功");
    }
}
