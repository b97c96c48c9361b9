using Lianzheng.Core.Persistence;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Travel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs.Travel;

/// <summary>The custody of travel documents (证照保管), told as conversations on a fake clock: registered, collected after
/// the approval, drawn out, the return reported, chased when overdue, escalated to the leader, handed back.</summary>
public sealed class DocumentCustodyTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task The_full_custody_cycle_with_overdue_reminders_and_escalation_to_the_leader()
    {
        // 2026-12-01: 朱浩然 (财政审计股, overseen by 吴海燕) files a trip; the supervisor, custodian by default, holds his passport.
        var zhu = await _bot.ChatAsAsync("朱浩然");
        var custodian = await _bot.ChatAsAsync("王秀兰");
        var leader = await _bot.ChatAsAsync("吴海燕");
        await FilingConversations.FileTripAsync(zhu, "12月3日", "12月8日");
        await CustodyConversations.RegisterAsync(custodian, "朱浩然", "护照", "E12345678");

        // Approved: the traveller is told to collect it (number masked), the custodian who comes for which (in full).
        await CustodyConversations.ApproveAsync(leader, 1);
        var collect = Assert.Single(await zhu.InboxAsync(), m => m.Kind == OutboxKinds.DocumentCustody);
        Assert.Contains("请到证照保管员王秀兰处领取证件：护照 E*****678", collect.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("E12345678", collect.Body, StringComparison.Ordinal);
        var toCollect = (await custodian.InboxAsync()).Single(m => m.Kind == OutboxKinds.DocumentCustody);
        Assert.Contains("朱浩然的因私出国（境）备案 #1 已批准", toCollect.Body, StringComparison.Ordinal);
        Assert.Contains("护照 E12345678", toCollect.Body, StringComparison.Ordinal);

        // 领取, from the notice's button: his one document, today.
        await custodian.ClicksAsyncFrom(toCollect, "登记领取");
        custodian.Hears("领取日期");
        await custodian.SaysAsync("今天");
        custodian.Hears("已登记：朱浩然于 2026年12月1日 领取护照 E12345678");
        Assert.Contains(await zhu.InboxAsync(), m => m.Body.Contains("您于 2026年12月1日 领取了护照 E*****678", StringComparison.Ordinal));
        Assert.All(await zhu.InboxAsync(), m => Assert.DoesNotContain("E12345678", m.Body, StringComparison.Ordinal));
        await custodian.SaysAsync("证照台账");
        custodian.Hears("已领取 1 本（其中逾期 0 本），在柜 0 本", "朱浩然 护照 E12345678，备案 #1，12月1日领取，待报告实际返回日期");

        // 12月9日: the planned return has passed unreported: he is asked, once, to report it; no deadline runs yet.
        At(2026, 12, 9);
        await _bot.RunDailyDutiesAsync();
        await _bot.RunDailyDutiesAsync();
        var ask = Assert.Single(await zhu.InboxAsync(), m => m.Body.Contains("请先在“事后报告”中报告实际返回日期", StringComparison.Ordinal));
        Assert.Null((await CheckoutAsync()).DueOn);

        // 12月10日 he reports the actual return, 12月9日 (a day late); the deadline runs from it: 12月19日.
        At(2026, 12, 10);
        await zhu.ClicksAsyncFrom(ask, "报告实际返回日期");
        zhu.Hears("实际哪天返回");
        await zhu.SaysAsync("昨天");
        await zhu.SaysAsync("无");
        await zhu.ClicksAsync("确认提交");
        zhu.Hears("事后报告已提交");
        await custodian.SaysAsync("证照台账");
        custodian.Hears("应于12月19日前交回");
        custodian.DoesNotHear("【逾期");
        await _bot.RunDailyDutiesAsync();
        Assert.Equal(new DateOnly(2026, 12, 19), (await CheckoutAsync()).DueOn);
        Assert.Contains(await zhu.InboxAsync(), m => m.Body.Contains("请于 2026年12月19日 前将护照 E*****678交回证照保管员", StringComparison.Ordinal));

        // Not handed back: 12月21日 (Monday) he and the custodian are chased, once that day however often the duties run.
        At(2026, 12, 21);
        await _bot.RunDailyDutiesAsync();
        await _bot.RunDailyDutiesAsync();
        Assert.Single(await zhu.InboxAsync(), m => m.Body.StartsWith("【已逾期】您领取的护照 E*****678应于 2026年12月19日 前交回", StringComparison.Ordinal));
        var chased = Assert.Single(await custodian.InboxAsync(), m => m.Body.StartsWith("【已逾期】朱浩然", StringComparison.Ordinal));
        Assert.Contains("护照 E12345678", chased.Body, StringComparison.Ordinal);
        Assert.Equal(1, (await CheckoutAsync()).RemindersSent);

        // Chased every working day; the leader is told only once EscalateAfterDays (5) have passed since the due day.
        At(2026, 12, 24);
        await _bot.RunDailyDutiesAsync();
        Assert.Equal(2, (await zhu.InboxAsync()).Count(m => m.Body.StartsWith("【已逾期】", StringComparison.Ordinal)));
        Assert.DoesNotContain(await leader.InboxAsync(), m => m.Kind == OutboxKinds.DocumentCustody);
        At(2026, 12, 25);
        await _bot.RunDailyDutiesAsync();
        await _bot.RunDailyDutiesAsync();
        var escalation = Assert.Single(await leader.InboxAsync(), m => m.Kind == OutboxKinds.DocumentCustody);
        Assert.Equal("因私出国（境）证照逾期未交回", escalation.Title);
        Assert.Contains("朱浩然为因私出国（境）备案 #1 领取的护照 E*****678应于 2026年12月19日 前交回证照保管员，已逾期 6 天", escalation.Body, StringComparison.Ordinal);
        Assert.NotNull((await CheckoutAsync()).EscalatedAt);
        Assert.Equal(3, (await CheckoutAsync()).RemindersSent);
        await custodian.SaysAsync("证照台账");
        custodian.Hears("已领取 1 本（其中逾期 1 本）", "【逾期 6 天】");

        // 交回 closes it: the ledger shows it in custody, he is told, and the chasing stops.
        await custodian.SaysAsync("登记交回");
        custodian.Hears("交回日期", "持有人：朱浩然", "证件：护照 E12345678");
        await custodian.SaysAsync("今天");
        custodian.Hears("已确认：朱浩然的护照 E12345678已于 2026年12月25日 交回");
        Assert.Contains(await zhu.InboxAsync(), m => m.Body.Contains("您的护照 E*****678已于 2026年12月25日 交回", StringComparison.Ordinal));
        await custodian.SaysAsync("证照台账");
        custodian.Hears("已领取 0 本（其中逾期 0 本），在柜 1 本", "朱浩然 护照 E12345678（12月1日交存）");
        var heard = (await zhu.InboxAsync()).Count;
        At(2026, 12, 28);
        await _bot.RunDailyDutiesAsync();
        Assert.Equal(heard, (await zhu.InboxAsync()).Count);
        Assert.Single(await leader.InboxAsync(), m => m.Kind == OutboxKinds.DocumentCustody);

        Assert.Equal(new DateOnly(2026, 12, 25), (await CheckoutAsync()).ReturnedOn);
        Assert.Equal(TravelDocumentState.InCustody, (await _bot.QueryAsync(db => db.TravelDocuments.SingleAsync())).State);
        await using var scope = _bot.Services.CreateAsyncScope();
        var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
        Assert.True(verification.IsIntact, verification.Problem?.Message);
        Assert.Equal(1, verification.RecordsChecked[nameof(DocumentCheckout)]);
    }

    [Fact]
    public async Task A_second_draw_for_a_trip_already_drawn_for_is_refused_not_a_crash()
    {
        var qin = await _bot.ChatAsAsync("秦诗涵");
        var custodian = await _bot.ChatAsAsync("王秀兰");
        await FilingConversations.FileTripAsync(qin, "12月20日", "12月25日");
        await CustodyConversations.RegisterAsync(custodian, "秦诗涵", "往来港澳通行证", "C98765432");
        await CustodyConversations.RegisterAsync(custodian, "秦诗涵", "护照", "E12345678");
        await CustodyConversations.ApproveAsync(await _bot.ChatAsAsync("吴海燕"), 1);

        // Two devices answer the same 登记领取 at once: both read the trip as drawable; the second must be refused.
        await using var scope = _bot.Services.CreateAsyncScope();
        var custody = scope.ServiceProvider.GetRequiredService<TravelCustodyService>();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var wang = await db.Staff.AsNoTracking().SingleAsync(s => s.Name == "王秀兰");
        var documents = await db.TravelDocuments.AsNoTracking().OrderBy(d => d.Id).Select(d => d.Id).ToListAsync();
        var today = new DateOnly(2026, 12, 1);
        Assert.Equal(CustodyOutcome.Done, (await custody.DrawAsync(wang, 1, documents[0], today, CancellationToken.None)).Outcome);
        Assert.Equal(CustodyOutcome.TripNotDrawable, (await custody.DrawAsync(wang, 1, documents[1], today, CancellationToken.None)).Outcome);
        Assert.Equal(1, await db.DocumentCheckouts.CountAsync());
    }

    [Fact]
    public async Task A_withdrawn_trip_whose_document_was_drawn_out_still_owes_it_and_is_chased()
    {
        var qin = await _bot.ChatAsAsync("秦诗涵");
        var custodian = await _bot.ChatAsAsync("王秀兰");
        await FilingConversations.FileTripAsync(qin, "12月20日", "12月25日");
        await CustodyConversations.RegisterAsync(custodian, "秦诗涵", "往来港澳通行证", "C98765432");
        await CustodyConversations.ApproveAsync(await _bot.ChatAsAsync("吴海燕"), 1);
        await custodian.SaysAsync("登记领取");
        custodian.Hears("请选择出行人的因私出国（境）备案");
        await custodian.ClicksAsync("#1 秦诗涵 12月20日出发");
        await custodian.SaysAsync("昨天");
        custodian.Hears("已登记：秦诗涵于 2026年11月30日 领取往来港澳通行证 C98765432");

        await qin.SaysAsync("撤回备案");
        await qin.SaysAsync("行程取消");
        await qin.ClicksAsync("确认撤回");
        qin.Hears("备案 #1 已撤回", "您为该次出行领取的往来港澳通行证 C*****432仍须交回", "请于 2026年12月11日 前交回证照保管员王秀兰");
        qin.DoesNotHear("C98765432");
        var notice = Assert.Single(await custodian.InboxAsync(), m => m.Kind == OutboxKinds.DocumentCustody && m.Body.Contains("撤回", StringComparison.Ordinal));
        Assert.Contains("秦诗涵撤回了因私出国（境）备案 #1，其已领取的往来港澳通行证 C98765432尚未交回", notice.Body, StringComparison.Ordinal);

        // The checkout stays open: not drawable again, and chased once overdue.
        await custodian.SaysAsync("登记领取");
        custodian.Hears("目前没有可领取证件的因私出国（境）备案");
        _bot.Time.SetUtcNow(new DateTimeOffset(2026, 12, 14, 9, 0, 0, TimeSpan.FromHours(8)));
        await _bot.RunDailyDutiesAsync();
        Assert.Single(await qin.InboxAsync(), m => m.Body.StartsWith("【已逾期】您领取的往来港澳通行证 C*****432应于 2026年12月11日 前交回", StringComparison.Ordinal));
        await custodian.SaysAsync("证照台账");
        custodian.Hears("秦诗涵 往来港澳通行证 C98765432，备案 #1，11月30日领取，应于12月11日前交回【逾期 3 天】");

        await custodian.ClicksAsyncFrom((await custodian.InboxAsync()).Last(m => m.Body.StartsWith("【已逾期】", StringComparison.Ordinal)), "登记交回");
        await custodian.SaysAsync("今天");
        custodian.Hears("已确认：秦诗涵的往来港澳通行证 C98765432已于 2026年12月14日 交回");
    }

    [Fact]
    public async Task The_ledger_and_registration_are_the_custodians_and_others_are_refused()
    {
        var custodian = await _bot.ChatAsAsync("王秀兰");
        await custodian.SaysAsync("证照台账");
        custodian.Hears("证照台账中还没有证件");

        await custodian.SaysAsync("登记证件");
        await custodian.SaysAsync("李不存在");
        custodian.Hears("名录中没有在职人员“李不存在”");
        await custodian.SaysAsync("朱浩然");
        await custodian.ClicksAsync("护照");
        await custodian.SaysAsync("E1-234");
        custodian.Hears("证件号码应为 5 到 20 位字母或数字");
        await custodian.SaysAsync("e12345678");
        await custodian.SaysAsync("明天");
        custodian.Hears("不能晚于");
        await custodian.SaysAsync("11月20日");
        custodian.Hears("证件类型：护照", "证件号码：E12345678", "交存日期：2026年11月20日");
        await custodian.ClicksAsync("确认登记");
        custodian.Hears("已登记：朱浩然的护照 E12345678已交存");
        await CustodyConversations.RegisterAsync(custodian, "秦诗涵", "往来台湾通行证", "T00112233");
        await custodian.SaysAsync("证照台账");
        custodian.Hears("已领取 0 本（其中逾期 0 本），在柜 2 本", "朱浩然 护照 E12345678（11月20日交存）", "秦诗涵 往来台湾通行证 T00112233（12月1日交存）");

        // The same document twice is refused.
        await custodian.SaysAsync("登记证件");
        await custodian.SaysAsync("朱浩然");
        await custodian.ClicksAsync("护照");
        await custodian.SaysAsync("E12345678");
        await custodian.SaysAsync("今天");
        await custodian.ClicksAsync("确认登记");
        custodian.Hears("证照台账中已有护照 E12345678，未重复登记");
        Assert.Equal(2, await _bot.QueryAsync(db => db.TravelDocuments.CountAsync()));

        // Anyone else is told whose the ledger is, and sees no number.
        var zhu = await _bot.ChatAsAsync("朱浩然");
        foreach (var command in new[] { "证照台账", "登记证件", "登记领取", "登记交回" })
        {
            await zhu.SaysAsync(command);
            zhu.Hears($"“{command}”只有证照保管员（王秀兰）可以办理");
            zhu.DoesNotHear("E12345678");
        }
    }

    [Fact]
    public async Task A_custodian_named_in_the_staff_sheet_replaces_the_supervisor()
    {
        await using (var scope = _bot.Services.CreateAsyncScope())
        {
            var rows = DemoBureau.Rows.Select(r => r.Cells["EmployeeNo"] == "A025"
                ? r with { Cells = new Dictionary<string, string>(r.Cells) { ["Roles"] = "审计人员、证照保管" } }
                : r).ToList();
            var result = await scope.ServiceProvider.GetRequiredService<StaffImporter>().ImportAsync(DemoBureau.Headers, rows, CancellationToken.None);
            Assert.True(result.Succeeded);
        }

        var keeper = await _bot.ChatAsAsync("金雅琴");
        await keeper.SaysAsync("证照台账");
        keeper.Hears("证照台账中还没有证件");
        var supervisor = await _bot.ChatAsAsync("王秀兰");
        await supervisor.SaysAsync("证照台账");
        supervisor.Hears("“证照台账”只有证照保管员（金雅琴）可以办理");
    }

    private void At(int year, int month, int day) => _bot.Time.SetUtcNow(new DateTimeOffset(year, month, day, 9, 0, 0, TimeSpan.FromHours(8)));

    private Task<DocumentCheckout> CheckoutAsync() => _bot.QueryAsync(db => db.DocumentCheckouts.SingleAsync());
}
