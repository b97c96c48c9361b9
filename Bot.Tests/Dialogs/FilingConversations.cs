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
        await user.SaysAsync("本人");
        await user.SaysAsync(date);
        await user.SaysAsync("县城国际大酒店");
        await user.SaysAsync("10");
        await user.SaysAsync("100");
        await user.ClicksAsync("否"); // 同城合办
        await user.SaysAsync("0"); // cars
        await user.ClicksAsync("否");
        await user.ClicksAsync("否");
        if (user.Heard.Contains("逾期原因", StringComparison.Ordinal))
        {
            // Less than Filings:LeadWorkingDays working days ahead: a late report needs its reason.
            await user.SaysAsync("婚期临时确定");
        }

        user.Hears("请核对以下备案内容");
    }

    /// <summary>The reviewer answers the latest review card of this filing in his inbox with 同意 and no opinion.</summary>
    public static async Task ApproveAsync(ChatUser reviewer, int filingId)
    {
        var card = await ReviewCardAsync(reviewer, filingId);
        await reviewer.ClicksAsyncFrom(card, "同意");
        reviewer.Hears("请填写审核意见");
        await reviewer.SaysAsync("无");
        reviewer.Hears("审核完成：同意");
    }

    /// <summary>The latest review card of this filing in the reviewer's inbox.</summary>
    public static async Task<Lianzheng.Core.Outbox.OutboxMessage> ReviewCardAsync(ChatUser reviewer, int filingId) =>
        (await reviewer.InboxAsync()).Last(m => m.Kind == Lianzheng.Core.Outbox.OutboxKinds.FilingReview
            && m.ButtonsJson.Contains($"review-filing:{filingId}:", StringComparison.Ordinal));

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
        await user.SaysAsync("无"); // 途经
        await user.SaysAsync("探亲");
        await user.SaysAsync(departure);
        await user.SaysAsync(back);
        await user.SaysAsync("妻子李某");
        await user.ClicksAsync("自费");
        await user.ClicksAsync("否"); // 涉密岗位
        await user.ClicksAsync("护照");
        await user.SaysAsync("E12345678");
        await user.ClicksAsync("确认提交");
        user.Hears("备案成功");
    }
}
