using System.Net.Http.Json;
using Lianzheng.Bot.LocalChat;
using Lianzheng.Core.Audit;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot;

/// <summary>Document custody through the running host's local chat, on the demo bureau (the supervisor keeps 朱浩然's
/// passport): a trip filed, the document drawn out and handed back, the ledger refused to the traveller.</summary>
public sealed class DocumentCustodyChatTests : IAsyncLifetime
{
    private BotApp _app = null!;
    private HttpClient _http = null!;

    public ValueTask InitializeAsync()
    {
        _app = new BotApp(BotApp.NewDatabasePath());
        _http = _app.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_trip_draws_the_demo_passport_out_and_the_custodian_takes_it_back()
    {
        var users = (await _http.GetFromJsonAsync<List<LocalUser>>("/api/local/users"))!;
        var zhuId = users.Single(u => u.Name == "朱浩然").Id;
        var zhu = new LocalChatClient(_http, zhuId);
        var custodian = new LocalChatClient(_http, users.Single(u => u.Name == "王秀兰").Id);

        await custodian.SaysAsync("证照台账");
        custodian.Hears("已领取 0 本（其中逾期 0 本），在柜 1 本");
        custodian.Hears("朱浩然 护照 E00000013");

        await zhu.SaysAsync("备案");
        await zhu.ClicksAsync("因私出国（境）");
        await zhu.SaysAsync("泰国曼谷");
        await zhu.SaysAsync("无");
        await zhu.SaysAsync("探亲");
        await zhu.SaysAsync("明天");
        await zhu.SaysAsync("后天");
        await zhu.SaysAsync("无");
        await zhu.ClicksAsync("自费");
        await zhu.ClicksAsync("否");
        await zhu.ClicksAsync("护照");
        await zhu.SaysAsync("E00000013");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("备案成功");
        zhu.Hears("已送 吴海燕 审核");

        // His leader approves it from the review card pushed to her; only then may the passport be drawn out.
        var leaderId = users.Single(u => u.Name == "吴海燕").Id;
        var card = Assert.Single((await _http.GetFromJsonAsync<LocalPushResponse>($"/api/local/messages?userId={leaderId}&after=0"))!.Messages);
        var leader = new LocalChatClient(_http, leaderId);
        await leader.SendsActionAsync(card.Buttons.Single(b => b.Label == "同意").Action!);
        leader.Hears("审核意见");
        await leader.SaysAsync("无");
        leader.Hears("审核完成：同意");

        await custodian.SaysAsync("登记领取");
        custodian.Hears("请选择出行人的因私出国（境）备案");
        await custodian.SaysAsync("朱浩然");
        custodian.Hears("领取日期");
        await custodian.SaysAsync("今天");
        custodian.Hears("已登记：朱浩然于");
        custodian.Hears("领取护照 E00000013");
        var pushed = (await _http.GetFromJsonAsync<LocalPushResponse>($"/api/local/messages?userId={zhuId}&after=0"))!.Messages;
        var collect = Assert.Single(pushed, m => m.Title == "因私出国（境）证照管理" && m.Text.Contains("已批准", StringComparison.Ordinal));
        Assert.Contains("请到证照保管员王秀兰处领取证件：护照 E*****013", collect.Text, StringComparison.Ordinal);
        var drawn = Assert.Single(pushed, m => m.Title == "因私出国（境）证照管理" && m.Text.Contains("领取了", StringComparison.Ordinal));
        Assert.Contains("领取了护照 E*****013", drawn.Text, StringComparison.Ordinal);

        await zhu.SaysAsync("证照台账");
        zhu.Hears("“证照台账”只有证照保管员（王秀兰）可以办理");
        Assert.DoesNotContain("E00000013", zhu.Heard, StringComparison.Ordinal);

        await custodian.SaysAsync("证照台账");
        custodian.Hears("已领取 1 本（其中逾期 0 本），在柜 0 本");
        await custodian.SaysAsync("登记交回");
        custodian.Hears("持有人：朱浩然");
        await custodian.SaysAsync("今天");
        custodian.Hears("已确认：朱浩然的护照 E00000013已于");
        await custodian.SaysAsync("证照台账");
        custodian.Hears("已领取 0 本（其中逾期 0 本），在柜 1 本");

        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditTrail>().FindFirstBrokenEntryAsync(CancellationToken.None));
    }
}
