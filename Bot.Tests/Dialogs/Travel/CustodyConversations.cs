using Lianzheng.Core.Filings;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs.Travel;

/// <summary>Conversations the custody tests go through on the way to what they check.</summary>
internal static class CustodyConversations
{
    /// <summary>登记证件 by the custodian, all the way to the confirmation.</summary>
    public static async Task RegisterAsync(ChatUser custodian, string holder, string type, string number)
    {
        await custodian.SaysAsync("登记证件");
        custodian.Hears("请输入证件持有人的姓名");
        await custodian.SaysAsync(holder);
        await custodian.ClicksAsync(type);
        await custodian.SaysAsync(number);
        await custodian.SaysAsync("今天");
        custodian.Hears("请核对证件信息", $"持有人：{holder}", $"证件号码：{number}");
        await custodian.ClicksAsync("确认登记");
        custodian.Hears($"已登记：{holder}的{type} {number}已交存");
    }

    /// <summary>The trip's reviewer approves it from his review card in chat, as the review does (the approval listeners
    /// run in its transaction).</summary>
    public static Task ApproveAsync(ChatUser reviewer, int tripId) => FilingConversations.ApproveAsync(reviewer, tripId);
}
