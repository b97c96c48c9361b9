using System.Net;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The 备案台账 on the real host: filtered by section, person and overdue 事后报告, sorted and paged on the server,
/// exported with the same filter to an .xlsx that holds the rows the page shows; and reviewed from the filing's page by
/// its reviewer through the same service as 审核备案 in chat.</summary>
public sealed class WorkbenchRegisterTests : IAsyncDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, Beijing));
    private readonly BotApp _app;

    public WorkbenchRegisterTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock, new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Sorted_by_filer_every_page_holds_the_rows_of_the_whole_order_with_two_people_of_one_name_interleaved()
    {
        // 130 filings of five people on days spread over the year; then 秦诗涵 is renamed 朱浩然, so that two people share a name.
        var filers = new[] { "朱浩然", "秦诗涵", "许梓萌", "曹振华", "陈晓梅" };
        for (var i = 0; i < 130; i++)
        {
            await AuditScenario.FileWeddingAsync(_app.Services, $"register-by-filer-{i}", filers[i * 7 % filers.Length]);
        }

        await AuditScenario.ExecuteAsync(_app.DatabasePath, """
            UPDATE Filings SET EventDate = date('2026-01-01', '+' || (Id * 37 % 330) || ' days');
            UPDATE Staff SET Name = '朱浩然' WHERE Name = '秦诗涵';
            """);
        await using var scope = _app.Services.CreateAsyncScope();
        var records = scope.ServiceProvider.GetRequiredService<Lianzheng.Core.Workbench.WorkbenchRecords>();
        var wang = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles)
            .SingleAsync(s => s.Name == "王秀兰");
        var filter = new Lianzheng.Core.Workbench.FilingFilter(2026, Sort: Lianzheng.Core.Workbench.FilingSort.Filer);

        var whole = (await records.AllFilingsAsync(wang, filter, CancellationToken.None)).Select(r => r.Id).ToList();
        var pages = new List<int>();
        for (var page = 1; page <= 3; page++)
        {
            var rows = await records.FilingsAsync(wang, filter with { Page = page }, CancellationToken.None);
            Assert.Equal(130, rows.Total);
            pages.AddRange(rows.Rows.Select(r => r.Id));
        }

        Assert.Equal(130, whole.Count);
        Assert.Equal(whole, pages);
        var names = (await records.AllFilingsAsync(wang, filter, CancellationToken.None)).Select(r => r.Filer).ToList();
        Assert.Equal([.. names.Order(StringComparer.Ordinal)], names);
        Assert.Equal(whole[100..], (await records.FilingsAsync(wang, filter with { Page = 4 }, CancellationToken.None)).Rows.Select(r => r.Id)); // the last
    }

    [Fact]
    public async Task The_register_filters_by_section_and_person_sorts_and_exports_the_rows_it_shows()
    {
        var zhu = await AuditScenario.FileWeddingAsync(_app.Services, "register-zhu"); // 财政审计股
        var qin = await AuditScenario.FileWeddingAsync(_app.Services, "register-qin", "秦诗涵"); // 财政审计股
        var xu = await AuditScenario.FileWeddingAsync(_app.Services, "register-xu", "许梓萌"); // 经济责任审计股
        var cao = await AuditScenario.FileWeddingAsync(_app.Services, "register-cao", "曹振华"); // 社会保障审计股, not 吴海燕's
        var finance = await SectionIdAsync("财政审计股");

        var wang = await WorkbenchBrowser.SignedInAsync(_app, "5"); // 廉政监督员
        var all = (await wang.GetAsync("/workbench/filings?year=2026")).Body;
        Assert.Contains("共 4 件", all, StringComparison.Ordinal);
        Assert.Contains(">社会保障审计股</option>", all, StringComparison.Ordinal);
        var section = (await wang.GetAsync($"/workbench/filings?year=2026&section={finance}")).Body;
        Assert.Contains("共 2 件", section, StringComparison.Ordinal);
        Assert.DoesNotContain($"/workbench/filings/{xu.Id}\"", section, StringComparison.Ordinal);
        var person = (await wang.GetAsync("/workbench/filings?year=2026&person=%E7%A7%A6")).Body; // 秦
        Assert.Contains("共 1 件", person, StringComparison.Ordinal);
        Assert.Contains($"/workbench/filings/{qin.Id}\"", person, StringComparison.Ordinal);

        // A value the form cannot send is no filter: "Filed,Pending" would otherwise be read as Filed|Pending = Approved.
        foreach (var odd in new[] { "status=Filed,Pending", "status=Filed&status=Pending", "status=5", "kind=Wedding,Funeral" })
        {
            var page = (await wang.GetAsync($"/workbench/filings?year=2026&{odd}")).Body;
            Assert.Contains("共 4 件", page, StringComparison.Ordinal);
        }

        var byFiler = (await wang.GetAsync("/workbench/filings?year=2026&sort=Filer")).Body;
        Assert.Contains("排序：报告人", byFiler, StringComparison.Ordinal);
        var shown = IdsIn(byFiler);
        Assert.Equal(4, shown.Count);
        var export = await wang.DownloadAsync("/workbench/filings.xlsx?year=2026&sort=Filer");
        Assert.Equal((HttpStatusCode.OK, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "备案台账-20261201.xlsx"),
            (export.Status, export.ContentType, export.FileName));
        var sheet = SheetReadBack.Of(export.Bytes);
        Assert.Equal("备案台账", sheet.Title);
        Assert.Equal(["年度：2026", "排序：报告人", "查看范围：全局", "导出人：王秀兰", "导出时间：2026-12-01 10:00（北京时间）"], sheet.Preamble);
        Assert.Equal(shown, sheet.Column("编号").Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToList());
        var first = sheet.Rows[0];
        Assert.Equal(new DateTime(2026, 12, 31), first[sheet.Headers.ToList().IndexOf("日期")].Date);
        Assert.Equal("县城国际大酒店", first[sheet.Headers.ToList().IndexOf("地点/目的地")].Text);
        Assert.Equal(["待审核"], sheet.Column("状态").Distinct());

        var wu = await WorkbenchBrowser.SignedInAsync(_app, "3"); // 吴海燕 oversees 财政审计股 and 经济责任审计股
        var hers = (await wu.GetAsync("/workbench/filings?year=2026")).Body;
        Assert.Contains("共 3 件", hers, StringComparison.Ordinal);
        Assert.DoesNotContain(">社会保障审计股</option>", hers, StringComparison.Ordinal);
        var herExport = SheetReadBack.Of((await wu.DownloadAsync($"/workbench/filings.xlsx?year=2026&section={await SectionIdAsync("社会保障审计股")}")).Bytes);
        Assert.Equal(IdsIn(hers).Order(), herExport.Column("编号").Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).Order());
        Assert.DoesNotContain(cao.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), herExport.Column("编号"));

        var auditor = await WorkbenchBrowser.SignedInAsync(_app, "14"); // 朱浩然: himself only, no section or person filter
        var own = (await auditor.GetAsync("/workbench/filings?year=2026")).Body;
        Assert.Equal([zhu.Id], IdsIn(own));
        Assert.DoesNotContain("name=\"person\"", own, StringComparison.Ordinal);
        Assert.Equal([zhu.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            SheetReadBack.Of((await auditor.DownloadAsync("/workbench/filings.xlsx?year=all")).Bytes).Column("编号"));

        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchBrowser.Anonymous(_app).DownloadAsync("/workbench/filings.xlsx")).Status);
    }

    [Fact]
    public async Task An_approved_filing_whose_report_is_overdue_is_counted_on_the_overview_and_listed_and_exported_as_overdue()
    {
        var filing = await AuditScenario.FileWeddingAsync(_app.Services, "register-overdue"); // 31 December
        await ReviewInChatServiceAsync(filing.Id, "吴海燕", ReviewDecision.Approve);
        _clock.Advance(TimeSpan.FromDays(30 + 10)); // the day after the deadline (10 days after the event)

        var wang = await WorkbenchBrowser.SignedInAsync(_app, "5");
        var overview = (await wang.GetAsync("/workbench")).Body;
        Assert.Contains("<td>逾期未报告事后报告</td><td><a href=\"/workbench/filings?year=all&amp;overdue=1\">0</a>", overview, StringComparison.Ordinal);

        _clock.Advance(TimeSpan.FromDays(1));
        wang = await WorkbenchBrowser.SignedInAsync(_app, "5");
        overview = (await wang.GetAsync("/workbench")).Body;
        Assert.Contains("<td>逾期未报告事后报告</td><td><a href=\"/workbench/filings?year=all&amp;overdue=1\">1</a>", overview, StringComparison.Ordinal);
        var overdue = (await wang.GetAsync("/workbench/filings?year=all&overdue=1")).Body;
        Assert.Equal([filing.Id], IdsIn(overdue));
        Assert.Contains("逾期未报告</td>", overdue, StringComparison.Ordinal);
        var sheet = SheetReadBack.Of((await wang.DownloadAsync("/workbench/filings.xlsx?year=all&overdue=1")).Bytes);
        Assert.Contains("事后报告：逾期未报告", sheet.Preamble);
        Assert.Equal(["逾期未报告"], sheet.Column("事后报告"));
    }

    [Fact]
    public async Task The_reviewer_decides_on_the_filing_page_as_in_chat_and_nobody_else_can()
    {
        var filing = await AuditScenario.FileWeddingAsync(_app.Services, "register-review");
        var path = $"/workbench/filings/{filing.Id}";

        var wang = await WorkbenchBrowser.SignedInAsync(_app, "5"); // sees it, does not review it
        Assert.DoesNotContain("name=\"decision\"", (await wang.GetAsync(path)).Body, StringComparison.Ordinal);
        Assert.Equal($"{path}?reviewed=notreviewer", (await wang.PostAsync(path + "?handler=Review", [new("decision", "Approve")])).Location);
        var zheng = await WorkbenchBrowser.SignedInAsync(_app, "4"); // another leader: not his filing to see
        await zheng.GetAsync("/workbench");
        Assert.Equal(HttpStatusCode.NotFound, (await zheng.PostAsync(path + "?handler=Review", [new("decision", "Approve")])).Status);

        var wu = await WorkbenchBrowser.SignedInAsync(_app, "3"); // 吴海燕 reviews 财政审计股
        Assert.Contains("name=\"decision\" value=\"Approve\"", (await wu.GetAsync(path)).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await wu.PostAsync(path + "?handler=Review", [new("decision", "Approve")], withToken: false)).Status);
        var refused = await wu.PostAsync(path + "?handler=Review", [new("decision", "NeedsMore"), new("Opinion", "  ")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("“需补充”必须填写审核意见。", refused.Body, StringComparison.Ordinal);
        await wu.GetAsync(path);
        var done = await wu.PostAsync(path + "?handler=Review", [new("decision", "NeedsMore"), new("Opinion", "请补充宴请地点的详细地址")]);
        Assert.Equal($"{path}?reviewed=done", done.Location);
        var after = (await wu.GetAsync(done.Location!)).Body;
        Assert.Contains("审核完成，已通知报备人和廉政监督员。", after, StringComparison.Ordinal);
        Assert.Contains("<td>吴海燕</td><td>需补充</td><td>请补充宴请地点的详细地址</td>", after, StringComparison.Ordinal);
        Assert.Contains("<td>吴海燕</td><td>审核</td>", after, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"decision\"", after, StringComparison.Ordinal);
        Assert.Equal($"{path}?reviewed=notpending", (await wu.PostAsync(path + "?handler=Review", [new("decision", "Approve")])).Location);

        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var review = await db.FilingReviews.AsNoTracking().SingleAsync(r => r.FilingId == filing.Id, TestContext.Current.CancellationToken);
        Assert.Equal((ReviewDecision.NeedsMore, "请补充宴请地点的详细地址"), (review.Decision, review.Opinion));
        Assert.Equal(FilingStatus.NeedsMore, (await db.Filings.AsNoTracking().SingleAsync(f => f.Id == filing.Id, TestContext.Current.CancellationToken)).Status);
        var entityId = filing.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.EntityType == nameof(Filing) && e.EntityId == entityId && e.Action == "filing.reviewed",
            TestContext.Current.CancellationToken);
        Assert.Equal(3, entry.ActorId);
        Assert.True(await db.Deliveries.AnyAsync(d => d.RecipientId == 14 && d.Message!.Kind == "filing-review", TestContext.Current.CancellationToken));
    }

    private async Task<int> SectionIdAsync(string name)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Sections.AsNoTracking()
            .SingleAsync(s => s.Name == name, TestContext.Current.CancellationToken)).Id;
    }

    private async Task ReviewInChatServiceAsync(int filingId, string reviewer, ReviewDecision decision)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var staff = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles)
            .SingleAsync(s => s.Name == reviewer, TestContext.Current.CancellationToken);
        Assert.Equal(ReviewOutcome.Done,
            await scope.ServiceProvider.GetRequiredService<FilingService>().ReviewAsync(staff, filingId, decision, null, TestContext.Current.CancellationToken));
    }

    /// <summary>The filing numbers the register's table shows, in order.</summary>
    private static List<int> IdsIn(string page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page, "<td><a href=\"/workbench/filings/(\\d+)\">")
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];
}
