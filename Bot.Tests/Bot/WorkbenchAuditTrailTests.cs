using System.Globalization;
using System.Net;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>审计日志 on the real host: the trail searched by who, what, which record and when, paged on the server, without
/// what a personal record holds; verified end to end from the page, intact with what was checked, and after the database
/// was tampered with as someone who can write it but does not hold the key would (a filing's audited field edited, an
/// entry edited, an entry deleted): each found and located, and the 廉政监督员 told once.</summary>
public sealed class WorkbenchAuditTrailTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly BotApp _app;

    public WorkbenchAuditTrailTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock,
            new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl, ["Scheduler:Enabled"] = "false" });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_supervisor_finds_entries_by_who_what_which_record_and_when_and_never_sees_what_a_filing_holds()
    {
        var filing = await AuditScenario.FileWeddingAsync(_app.Services, "audit-page-search");
        _clock.Advance(TimeSpan.FromDays(1));
        var project = await AuditScenario.RegisterProjectAsync(_app.Services, "县交通局预算执行审计", false, new DateOnly(2026, 12, 9), "陈晓梅", "吴海燕", "朱浩然");
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));

        var all = (await wang.GetAsync("/workbench/audit")).Body;
        var entries = await EntryCountAsync();
        Assert.Contains($"共 {entries} 条审计记录，第 1/1 页", all, StringComparison.Ordinal);
        Assert.Contains($"<td>朱浩然</td>\n                <td>提交备案</td>", all.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/workbench/filings/{filing.Id}\">备案 #{filing.Id}</a>", all, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/workbench/projects/{project}\">审计项目 #{project}</a>", all, StringComparison.Ordinal);
        Assert.Contains("<td>系统（自动）</td>", all, StringComparison.Ordinal); // the demo bureau's import
        Assert.DoesNotContain("县城国际大酒店", all, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/workbench/audit\" aria-current=\"page\">审计日志</a>", all, StringComparison.Ordinal);

        var byZhu = (await wang.GetAsync("/workbench/audit?actor=" + Uri.EscapeDataString("浩然"))).Body;
        Assert.Contains("共 1 条审计记录", byZhu, StringComparison.Ordinal);
        Assert.Contains("提交备案", byZhu, StringComparison.Ordinal);

        var registered = (await wang.GetAsync("/workbench/audit?action=project.registered")).Body;
        Assert.Contains("共 1 条审计记录", registered, StringComparison.Ordinal);
        Assert.Contains("<td>王秀兰</td>", registered, StringComparison.Ordinal);
        Assert.Contains("<option value=\"project.registered\" selected=\"selected\">登记审计项目</option>", registered, StringComparison.Ordinal);

        var ofFiling = (await wang.GetAsync($"/workbench/audit?kind=Filing&record={filing.Id}")).Body;
        Assert.Contains("共 1 条审计记录", ofFiling, StringComparison.Ordinal);
        Assert.Contains($"备案 #{filing.Id}", ofFiling, StringComparison.Ordinal);

        // The project was registered a day after the filing, in the bureau's dates.
        var secondDay = (await wang.GetAsync("/workbench/audit?from=2026-12-02&to=2026-12-02")).Body;
        Assert.Contains("共 1 条审计记录", secondDay, StringComparison.Ordinal);
        Assert.Contains("登记审计项目", secondDay, StringComparison.Ordinal);
        Assert.Contains("共 0 条审计记录", (await wang.GetAsync("/workbench/audit?to=2026-11-30")).Body, StringComparison.Ordinal);
        Assert.Contains("共 0 条审计记录", (await wang.GetAsync("/workbench/audit?actor=" + Uri.EscapeDataString("不存在的人"))).Body, StringComparison.Ordinal);

        // Nonsense in the address is dropped, never an error; so are dates no record can have.
        Assert.Equal(HttpStatusCode.OK, (await wang.GetAsync("/workbench/audit?from=0001-01-01")).Status);
        Assert.Equal(HttpStatusCode.OK, (await wang.GetAsync("/workbench/audit?to=9999-12-31")).Status);
        var nonsense = await wang.GetAsync("/workbench/audit?action=drop-table&kind=Nothing&from=2026-13-45&page=x");
        Assert.Equal(HttpStatusCode.OK, nonsense.Status);
        Assert.Contains($"共 {entries} 条审计记录", nonsense.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_log_pages_on_the_server_fifty_entries_a_page_the_latest_first()
    {
        for (var i = 0; i < 3; i++)
        {
            await AuditScenario.FileWeddingAsync(_app.Services, "audit-page-" + i.ToString(CultureInfo.InvariantCulture));
        }

        // Enough entries for three pages; the search reads them as they are (the chain is not what this test is about).
        var last = await LastEntryIdAsync();
        await AuditScenario.ExecuteAsync(_app.DatabasePath, $"""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
            INSERT INTO AuditEntries (At, ActorId, Action, EntityType, EntityId, Details, PreviousHash, Hash, Scheme)
            SELECT (SELECT At FROM AuditEntries WHERE Id = {last}), NULL, 'directory.import', 'Staff', '*', '{"{}"}', 'p' || i, 'h' || i, 2 FROM n
            """);
        var entries = await EntryCountAsync();
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var first = (await wang.GetAsync("/workbench/audit")).Body;
        var pages = (entries + 49) / 50;
        Assert.Contains($"共 {entries} 条审计记录，第 1/{pages} 页", first, StringComparison.Ordinal);
        Assert.Equal(50, Rows(first));
        Assert.Contains($"<td>#{last + 100}</td>", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/workbench/audit?page=2\">", first, StringComparison.Ordinal);

        var lastPage = (await wang.GetAsync($"/workbench/audit?page={pages}")).Body;
        Assert.Equal(entries - (pages - 1) * 50, Rows(lastPage));
        Assert.Contains("<td>#1</td>", lastPage, StringComparison.Ordinal);
        Assert.Contains($"第 {pages}/{pages} 页", (await wang.GetAsync("/workbench/audit?page=999")).Body, StringComparison.Ordinal);

        var imports = (await wang.GetAsync("/workbench/audit?action=directory.import&page=2")).Body;
        Assert.Contains("<a href=\"/workbench/audit?action=directory.import&amp;page=3\">", imports, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_intact_log_is_verified_from_the_page_with_what_was_checked_and_how_long_it_took()
    {
        await AuditScenario.FileWeddingAsync(_app.Services, "audit-page-intact");
        await AuditScenario.RegisterProjectAsync(_app.Services, "县水利局专项审计", false, new DateOnly(2026, 12, 9), "陈晓梅", "吴海燕", "朱浩然");
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        await wang.GetAsync("/workbench/audit");
        var (status, _, body) = await wang.PostAsync("/workbench/audit?handler=Verify", []);

        Assert.Equal(HttpStatusCode.OK, status);
        var last = await LastEntryIdAsync();
        Assert.Contains("<h2>审计日志完好</h2>", body, StringComparison.Ordinal);
        Assert.Matches($"共核验 {await EntryCountAsync()} 条审计记录（最后一条 #{last}），用时 \\d+ 毫秒：签名、顺序与锚点均无误。", body);
        Assert.Contains("已与审计记录比对：备案 1 件、", body, StringComparison.Ordinal);
        Assert.Contains("审计项目 1 件", body, StringComparison.Ordinal);
        Assert.Contains("已把最后一条的签名追加到锚点文件", body, StringComparison.Ordinal);
        var anchor = File.ReadAllLines(_app.DatabasePath + ".audit-anchor").Last(l => !l.StartsWith('#'));
        Assert.Equal(last.ToString(CultureInfo.InvariantCulture), anchor.Split('\t')[1]);
        Assert.Equal(0, await AlarmsAsync());
    }

    [Theory]
    [InlineData("filing", "record-changed", "备案 #{filing} 与第 {filed} 条审计记录所记的内容不符：expectedGuests 审计记录为 80，数据库中为 800")]
    [InlineData("entry", "entry-hash", "第 {filed} 条审计记录的校验值不符：这条记录被改动过")]
    [InlineData("deleted", "broken-link", "第 {after} 条审计记录的前序哈希与上一条（第 {before} 条）的哈希不符")]
    public async Task Tampering_with_the_database_is_found_and_located_and_the_supervisor_is_told_once(string tampering, string code, string expected)
    {
        var filing = await AuditScenario.FileWeddingAsync(_app.Services, "audit-page-tamper");
        var filed = await LastEntryIdAsync();
        await AuditScenario.RegisterProjectAsync(_app.Services, "县教育局经济责任审计", false, new DateOnly(2026, 12, 9), "陈晓梅", "吴海燕", "朱浩然");
        var sql = tampering switch
        {
            "filing" => $"UPDATE Filings SET ExpectedGuests = 800 WHERE Id = {filing.Id}",
            "entry" => $"UPDATE AuditEntries SET Details = replace(Details, '80', '60') WHERE Id = {filed}",
            _ => $"DELETE FROM AuditEntries WHERE Id = {filed}",
        };
        Assert.Equal(1, await AuditScenario.ExecuteAsync(_app.DatabasePath, sql));

        var sun = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("孙正平")); // 派驻纪检监察组: read-only, may verify
        await sun.GetAsync("/workbench/audit");
        var (status, _, body) = await sun.PostAsync("/workbench/audit?handler=Verify", []);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<h2 class=\"error\">审计日志有问题</h2>", body, StringComparison.Ordinal);
        var located = expected.Replace("{filing}", filing.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{filed}", filed.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{before}", (filed - 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{after}", (filed + 1).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains($"<strong>发现的第一个问题</strong>（{code}）：{System.Net.WebUtility.HtmlEncode(located)}", body, StringComparison.Ordinal);
        var entry = tampering == "deleted" ? filed + 1 : filed;
        Assert.Contains($"涉及审计记录：#{entry}", body, StringComparison.Ordinal);
        if (tampering == "filing")
        {
            Assert.Contains($"涉及记录：备案 #{filing.Id}", body, StringComparison.Ordinal);
        }

        Assert.Equal(1, await AlarmsAsync());
        await sun.GetAsync("/workbench/audit");
        Assert.Contains("审计日志有问题", (await sun.PostAsync("/workbench/audit?handler=Verify", [])).Body, StringComparison.Ordinal);
        Assert.Equal(1, await AlarmsAsync()); // once a day
    }

    [Fact]
    public async Task Only_those_who_see_the_whole_bureau_may_open_or_verify_it_and_the_form_needs_its_token()
    {
        foreach (var name in new[] { "王秀兰", "周建国", "孙正平" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/workbench/audit")).Status);
            Assert.Equal(HttpStatusCode.OK, (await browser.PostAsync("/workbench/audit?handler=Verify", [])).Status);
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/workbench/audit?handler=Verify", [], withToken: false)).Status);
        }

        foreach (var name in new[] { "吴海燕", "陈晓梅", "朱浩然" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            var page = await browser.GetAsync("/workbench/audit");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain("审计记录，第", page.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/workbench/audit\"", (await browser.GetAsync("/workbench")).Body, StringComparison.Ordinal);
            await browser.GetAsync("/workbench/me");
            var verify = await browser.PostAsync("/workbench/audit?handler=Verify", []);
            Assert.Equal(HttpStatusCode.NotFound, verify.Status);
            Assert.DoesNotContain("审计日志完好", verify.Body, StringComparison.Ordinal);
        }
    }

    private static int Rows(string page) => page.Split("<tr>").Length - 2; // the header row and what precedes it

    private async Task<int> EntryCountAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditEntries.CountAsync();
    }

    private async Task<long> LastEntryIdAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditEntries.MaxAsync(e => e.Id);
    }

    private async Task<int> AlarmsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().OutboxMessages.CountAsync(m => m.Kind == AuditAlarm.OutboxKind);
    }
}
