using System.Globalization;
using System.Net;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Scheduler.Talks;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>廉政谈话 on the real host: the matrix coloured by the rule the talk-due notices use, the talk list with
/// summaries for the leader who held them, the secretary, the supervisor and the 派驻纪检监察组 (an auditor gets the
/// page's 404), filtered and exported with the page's filter.</summary>
public sealed class WorkbenchTalksTests : IAsyncDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // Ten days before the second checkpoint (30 November, two talks each), the first (30 June, one) long past.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 20, 10, 0, 0, Beijing));
    private readonly BotApp _app;

    public WorkbenchTalksTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock,
            new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl, ["Scheduler:Enabled"] = "false" });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_matrix_colours_each_pair_as_the_talk_notices_judge_it_on_track_due_soon_and_overdue()
    {
        await TalkAsync("吴海燕", "陈晓梅", new DateOnly(2026, 3, 2), "日常廉政谈话，提醒严守审计纪律。");
        await TalkAsync("吴海燕", "陈晓梅", new DateOnly(2026, 9, 8), "日常廉政谈话，谈项目外勤纪律。");
        await TalkAsync("吴海燕", "褚宏伟", new DateOnly(2026, 5, 6), "日常廉政谈话，谈经济责任审计中的廉洁风险。");

        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var page = (await wang.GetAsync("/workbench/talks")).Body;
        Assert.Contains("<span class=\"talk-cell talk-ok\">陈晓梅（财政审计股）2/2 进度正常</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"talk-cell talk-due\">褚宏伟（经济责任审计股）1/2 即将到期</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"talk-cell talk-overdue\">卫丽娟（固定资产投资审计股）0/2 逾期未完成</span>", page, StringComparison.Ordinal);
        // The secretary's row: one talk a year with each 班子成员, due 30 November.
        Assert.Contains("<span class=\"talk-cell talk-due\">吴海燕（班子成员）0/1 即将到期</span>", page, StringComparison.Ordinal);

        // The notices agree: 吴海燕 is told of 褚宏伟, not of 陈晓梅.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TalkDueNotices>().RunAsync(CancellationToken.None);
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var wu = int.Parse(await _app.StaffKeyAsync("吴海燕"), CultureInfo.InvariantCulture);
            var notice = await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == OutboxKinds.TalkDue && m.Deliveries.Any(d => d.RecipientId == wu))
                .Select(m => m.Body).SingleAsync();
            Assert.Contains("褚宏伟", notice, StringComparison.Ordinal);
            Assert.DoesNotContain("陈晓梅", notice, StringComparison.Ordinal);
        }

        var overview = (await wang.GetAsync("/workbench")).Body;
        Assert.Contains("<a class=\"talk-cell talk-ok\" href=\"/workbench/talks\">进度正常 1 项</a>", overview, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(11)); // 1 December: the checkpoint has passed (and the session is long over)
        page = (await (await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"))).GetAsync("/workbench/talks")).Body;
        Assert.Contains("<span class=\"talk-cell talk-overdue\">褚宏伟（经济责任审计股）1/2 逾期未完成</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"talk-cell talk-ok\">陈晓梅（财政审计股）2/2 进度正常</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_role_sees_the_talks_in_its_scope_and_an_auditor_gets_the_pages_404()
    {
        await TalkAsync("吴海燕", "陈晓梅", new DateOnly(2026, 3, 2), "吴海燕与陈晓梅的日常廉政谈话。");
        await TalkAsync("郑立新", "卫丽娟", new DateOnly(2026, 4, 1), "郑立新与卫丽娟的提醒谈话。", TalkKind.Admonition);

        foreach (var name in new[] { "王秀兰", "周建国", "孙正平" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            var (status, _, body) = await browser.GetAsync("/workbench/talks");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Contains("<td>吴海燕</td><td>陈晓梅</td>", body, StringComparison.Ordinal);
            Assert.Contains("吴海燕与陈晓梅的日常廉政谈话。", body, StringComparison.Ordinal);
            Assert.Contains("郑立新与卫丽娟的提醒谈话。", body, StringComparison.Ordinal);
            Assert.Contains("href=\"/workbench/talks\"", body, StringComparison.Ordinal); // the nav link
        }

        var wu = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("吴海燕"));
        var own = (await wu.GetAsync("/workbench/talks")).Body;
        Assert.Contains("吴海燕与陈晓梅的日常廉政谈话。", own, StringComparison.Ordinal);
        Assert.Contains("陈晓梅（财政审计股）1/2", own, StringComparison.Ordinal);
        Assert.DoesNotContain("郑立新与卫丽娟", own, StringComparison.Ordinal);
        Assert.DoesNotContain("卫丽娟（", own, StringComparison.Ordinal); // another leader's row
        Assert.DoesNotContain("name=\"leader\"", own, StringComparison.Ordinal);
        // Another leader's talks by the address: the filter is dropped, his talks are not read.
        var other = (await wu.GetAsync($"/workbench/talks?leader={await _app.StaffKeyAsync("郑立新")}")).Body;
        Assert.DoesNotContain("郑立新与卫丽娟", other, StringComparison.Ordinal);
        Assert.Equal(["吴海燕与陈晓梅的日常廉政谈话。"],
            SheetReadBack.Of((await wu.DownloadAsync($"/workbench/talks.xlsx?leader={await _app.StaffKeyAsync("郑立新")}")).Bytes).Column("谈话要点"));

        foreach (var name in new[] { "朱浩然", "陈晓梅" })
        {
            var auditor = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            var (status, _, body) = await auditor.GetAsync("/workbench/talks");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Contains("不在您的查看范围内", body, StringComparison.Ordinal);
            Assert.DoesNotContain("谈话。", body, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/workbench/talks\"", body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await auditor.DownloadAsync("/workbench/talks.xlsx")).Status);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchBrowser.Anonymous(_app).DownloadAsync("/workbench/talks.xlsx")).Status);

        // 陈晓梅 finds her talk in 我的记录: when and with whom, not the leader's summary.
        var chen = (await (await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("陈晓梅"))).GetAsync("/workbench/me")).Body;
        Assert.Contains("<tr><td>2026年3月2日</td><td>日常廉政谈话</td><td>个别谈话</td><td>吴海燕</td></tr>", chen, StringComparison.Ordinal);
        Assert.DoesNotContain("吴海燕与陈晓梅的日常廉政谈话。", chen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_filters_by_leader_and_kind_and_exports_the_rows_it_shows()
    {
        await TalkAsync("吴海燕", "陈晓梅", new DateOnly(2026, 3, 2), "日常廉政谈话一。");
        await TalkAsync("吴海燕", "褚宏伟", new DateOnly(2026, 6, 9), "提醒谈话，指出报销不规范苗头。", TalkKind.Admonition);
        await TalkAsync("郑立新", "卫丽娟", new DateOnly(2026, 4, 1), "郑立新的提醒谈话。", TalkKind.Admonition);
        await TalkAsync("吴海燕", "陈晓梅", new DateOnly(2025, 10, 1), "去年的谈话。");

        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        Assert.Contains("共 3 次谈话", (await wang.GetAsync("/workbench/talks")).Body, StringComparison.Ordinal);
        Assert.Contains("共 4 次谈话", (await wang.GetAsync("/workbench/talks?year=all")).Body, StringComparison.Ordinal);
        var wu = await _app.StaffKeyAsync("吴海燕");
        var filtered = (await wang.GetAsync($"/workbench/talks?year=2026&leader={wu}&kind=Admonition")).Body;
        Assert.Contains("共 1 次谈话", filtered, StringComparison.Ordinal);
        Assert.Contains("<td>2026年6月9日</td><td>提醒谈话</td><td>吴海燕</td><td>褚宏伟</td>", filtered, StringComparison.Ordinal);
        Assert.Contains($"href=\"/workbench/talks.xlsx?year=2026&amp;leader={wu}&amp;kind=Admonition\"", filtered, StringComparison.Ordinal);

        var export = await wang.DownloadAsync($"/workbench/talks.xlsx?year=2026&leader={wu}&kind=Admonition");
        Assert.Equal((HttpStatusCode.OK, "廉政谈话-20261120.xlsx"), (export.Status, export.FileName));
        var sheet = SheetReadBack.Of(export.Bytes);
        Assert.Equal("廉政谈话", sheet.Title);
        Assert.Equal(["年度：2026", "谈话人：吴海燕", "谈话类型：提醒谈话", "查看范围：全局", "导出人：王秀兰", "导出时间：2026-11-20 10:00（北京时间）"], sheet.Preamble);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal(new DateTime(2026, 6, 9), row[sheet.Headers.ToList().IndexOf("谈话日期")].Date);
        Assert.Equal(["褚宏伟"], sheet.Column("谈话对象"));
        Assert.Equal(["提醒谈话，指出报销不规范苗头。"], sheet.Column("谈话要点"));

        var all = SheetReadBack.Of((await wang.DownloadAsync("/workbench/talks.xlsx?year=all")).Bytes);
        Assert.Equal(["提醒谈话，指出报销不规范苗头。", "郑立新的提醒谈话。", "日常廉政谈话一。", "去年的谈话。"], all.Column("谈话要点")); // the latest first
        Assert.Equal(new DateTime(2026, 6, 9), all.Rows[0][0].Date);
    }


    /// <summary>A talk recorded through the service 记录谈话 uses in chat.</summary>
    private async Task TalkAsync(string leader, string with, DateOnly heldOn, string summary, TalkKind kind = TalkKind.Routine)
    {
        _ = _app.CreateClient();
        await using var scope = _app.Services.CreateAsyncScope();
        var staff = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles)
            .Where(s => s.Name == leader || s.Name == with).ToDictionaryAsync(s => s.Name);
        await scope.ServiceProvider.GetRequiredService<TalkService>().RecordAsync(staff[leader], [staff[with].Id], TalkForm.Individual, heldOn, summary, null,
            CancellationToken.None, kind: kind);
    }
}
