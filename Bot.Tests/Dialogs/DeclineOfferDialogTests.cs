using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs;

/// <summary>拒收登记 and 请托登记, told as conversations on the demo bureau (2026-12-01, a Tuesday): any member records
/// what he was offered and refused or handed in; the supervisor is told; the record is audit-logged and listed under
/// 我的登记.</summary>
public sealed class DeclineOfferDialogTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task An_auditor_records_a_shopping_card_he_handed_in_on_an_audit_and_the_supervisor_is_told()
    {
        await RegisterProjectAsync();
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("拒收登记");
        zhu.Hears("对您自己的保护", "请选择要登记的类别");
        zhu.SeesButtons("礼金（现金、红包、购物卡等）", "礼品", "宴请、娱乐或旅游", "请托（说情、打招呼）");
        await zhu.ClicksAsync("礼金（现金、红包、购物卡等）");
        zhu.Hears("是哪个单位或个人提出的");
        await zhu.SaysAsync("县交通运输局 李某");
        zhu.Hears("具体是什么");
        await zhu.SaysAsync("购物卡 2 张");
        zhu.Hears("估计价值多少元");
        await zhu.SaysAsync("很多");
        zhu.Hears("不是一个整数", "例如：2000");
        await zhu.SaysAsync("2000");
        zhu.Hears("是哪一天的事");
        await zhu.SaysAsync("后天");
        zhu.Hears("不能晚于");
        await zhu.SaysAsync("昨天");
        zhu.Hears("您是怎么处理的");
        await zhu.ClicksAsync("上交");
        zhu.Hears("与哪个审计项目有关");
        await zhu.ClicksAsync("县交通运输局预算执行审计");
        zhu.Hears("请核对以上登记内容", "提出方：县交通运输局 李某", "内容：购物卡 2 张", "估计价值：2,000 元", "日期：2026年11月30日",
            "处理方式：上交", "相关审计项目：县交通运输局预算执行审计");
        await zhu.ClicksAsync("是");
        zhu.Hears("已登记（登记 #1），廉政监督员已收到", "可作为您拒收、拒绝请托的证明");

        var offer = await _bot.QueryAsync(db => db.DeclinedOffers.SingleAsync());
        Assert.Equal((OfferKind.GiftMoney, "县交通运输局 李某", "购物卡 2 张", 2000, new DateOnly(2026, 11, 30), OfferHandling.HandedIn),
            (offer.Kind, offer.OfferedBy, offer.Description, offer.EstimatedValue!.Value, offer.OfferedOn, offer.Handling));
        Assert.NotNull(offer.AuditProjectId);
        var entry = await _bot.QueryAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(DeclinedOffer)));
        Assert.Equal(("offer.recorded", "1", zhu.StaffId), (entry.Action, entry.EntityId, entry.ActorId!.Value));

        var wang = await _bot.ChatAsAsync("王秀兰");
        var notice = (await wang.InboxAsync()).Single(m => m.Kind == OutboxKinds.DeclinedOffer);
        Assert.Equal("拒收登记", notice.Title);
        Assert.Contains("朱浩然（财政审计股）登记了一次拒收（登记 #1）", notice.Body, StringComparison.Ordinal);

        await zhu.ClicksAsync("我的登记");
        zhu.Hears("您共有 1 条拒收和请托登记", "登记 #1：2026年11月30日 · 礼金（现金、红包、购物卡等） · 县交通运输局 李某 · 购物卡 2 张 · 上交");
    }

    [Fact]
    public async Task A_request_is_recorded_without_a_value_and_a_member_without_projects_is_not_asked_for_one()
    {
        var han = await _bot.ChatAsAsync("韩明轩");
        await han.SaysAsync("我的登记");
        han.Hears("您还没有拒收或请托登记");

        await han.SaysAsync("请托登记");
        han.Hears("对您自己的保护");
        han.DoesNotHear("请选择要登记的类别");
        await han.SaysAsync("某乡镇财政所 张某");
        han.Hears("对方请托什么事");
        await han.SaysAsync("请求对审计发现的问题从轻处理");
        han.Hears("是哪一天的事");
        await han.SaysAsync("今天");
        han.Hears("请核对以上登记内容", "类别：请托（说情、打招呼）", "请托事项：请求对审计发现的问题从轻处理", "处理方式：当场拒绝");
        han.DoesNotHear("估计价值");
        han.DoesNotHear("相关审计项目");
        await han.ClicksAsync("是");
        han.Hears("已登记（登记 #1）");

        var offer = await _bot.QueryAsync(db => db.DeclinedOffers.SingleAsync());
        Assert.Equal((OfferKind.Request, (int?)null, OfferHandling.Refused, (int?)null), (offer.Kind, offer.EstimatedValue, offer.Handling, offer.AuditProjectId));
        var wang = await _bot.ChatAsAsync("王秀兰");
        Assert.Contains("韩明轩（法规审理股）登记了一次拒绝请托（登记 #1）",
            (await wang.InboxAsync()).Single(m => m.Kind == OutboxKinds.DeclinedOffer).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declining_to_submit_records_nothing_and_a_record_edited_outside_the_bot_is_found()
    {
        var han = await _bot.ChatAsAsync("韩明轩");
        await han.SaysAsync("拒收登记");
        await han.ClicksAsync("宴请、娱乐或旅游");
        await han.SaysAsync("某公司");
        await han.SaysAsync("晚宴");
        await han.SaysAsync("0");
        await han.SaysAsync("今天");
        await han.ClicksAsync("当场拒绝");
        han.Hears("估计价值：未估价");
        await han.ClicksAsync("否");
        han.Hears("没有登记");
        Assert.Equal(0, await _bot.QueryAsync(db => db.DeclinedOffers.CountAsync()));

        await han.SaysAsync("拒收登记");
        await han.ClicksAsync("礼品");
        await han.SaysAsync("某公司");
        await han.SaysAsync("茶叶 2 盒");
        await han.SaysAsync("600");
        await han.SaysAsync("今天");
        await han.ClicksAsync("退还");
        await han.ClicksAsync("是");
        await _bot.QueryAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE DeclinedOffers SET Handling = 4"));

        await using var scope = _bot.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        Assert.False(verification.IsIntact);
        Assert.Equal((nameof(DeclinedOffer), "1"), (verification.Problem!.EntityType, verification.Problem.EntityId));
        Assert.Contains("拒收登记 #1", verification.Problem.Message, StringComparison.Ordinal);
    }

    private async Task RegisterProjectAsync()
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Name);
        await scope.ServiceProvider.GetRequiredService<AuditProjectService>().RegisterAsync(staff["陈晓梅"], new AuditProjectDraft(
            "县交通运输局预算执行审计", false, new DateOnly(2026, 11, 20), new DateOnly(2026, 12, 4), staff["陈晓梅"].Id, staff["吴海燕"].Id, [staff["朱浩然"].Id]),
            CancellationToken.None);
    }
}
