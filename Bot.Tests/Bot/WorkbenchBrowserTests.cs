using System.Globalization;
using System.Net;
using Lianzheng.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lianzheng.Tests.Bot;

/// <summary>From the local chat to the 工作台 in a real browser (Debian's chromium), against the real host on 127.0.0.1:
/// the supervisor types 工作台, follows the link, filters the register, opens a filing, exports the register, finds the
/// filing in the 审计日志, verifies the log, downloads the year's report (on a desktop screen and on a 390 px phone); the
/// leader who oversees the filer's section sees it, a leader who does not sees none of it; the filer sees only himself
/// and a colleague nothing of him.</summary>
public sealed class WorkbenchBrowserTests
{
    [Fact]
    public async Task The_supervisor_goes_from_chat_to_a_filing_and_its_export_and_each_other_role_sees_only_his_scope()
    {
        Prerequisites.RequireChromium();
        var port = LoopbackPort.Free();
        var address = $"http://127.0.0.1:{port}";
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = address });
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        app.StartServer();
        var filing = await AuditScenario.FileWeddingAsync(app.Services, "workbench-browser");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var phone = new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, AcceptDownloads = true };
        var desktop = new BrowserNewContextOptions { ViewportSize = new() { Width = 1366, Height = 768 }, AcceptDownloads = true };

        Task<IPage> SignedInAsync(string user, BrowserNewContextOptions? screen = null) => ChromiumSignIn.SignedInAsync(browser, address, user, screen ?? phone);

        var year = filing.EventDate.Year.ToString(CultureInfo.InvariantCulture);
        foreach (var screen in new[] { desktop, phone })
        {
            var wang = await SignedInAsync("王秀兰（办公室）", screen);
            await Expect(wang.Locator("main")).ToContainTextAsync("查看范围：全局");
            await wang.Locator("header nav a", new() { HasTextString = "备案台账" }).ClickAsync();
            await wang.SelectOptionAsync("select[name=year]", year);
            await wang.SelectOptionAsync("select[name=kind]", new SelectOptionValue { Label = "婚嫁" });
            await wang.Locator("form.filters button").ClickAsync();
            await Expect(wang.Locator("main")).ToContainTextAsync("共 1 件");
            await PageFit.AssertFitsWidthAsync(wang, screen);

            // The export carries the filters on the page and holds the row shown on it.
            var download = await wang.RunAndWaitForDownloadAsync(() => wang.Locator("a", new() { HasTextString = "导出 Excel" }).ClickAsync());
            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
            var sheet = SheetReadBack.Of(await File.ReadAllBytesAsync((await download.PathAsync())!));
            Assert.Contains($"年度：{year}", sheet.Preamble);
            Assert.Contains("类别：婚嫁", sheet.Preamble);
            Assert.Equal(["朱浩然"], sheet.Column("报告人"));

            await wang.Locator($"a[href='/workbench/filings/{filing.Id}']").ClickAsync();
            await Expect(wang.Locator("main")).ToContainTextAsync("县城国际大酒店");
            await PageFit.AssertFitsWidthAsync(wang, screen);

            // 审计日志: who filed it, found by the action; then the whole log verified from the page.
            await wang.Locator("header nav a", new() { HasTextString = "审计日志" }).ClickAsync();
            await wang.SelectOptionAsync("select[name=action]", new SelectOptionValue { Label = "提交备案" });
            await wang.Locator("form.filters button").ClickAsync();
            await Expect(wang.Locator("main")).ToContainTextAsync("共 1 条审计记录");
            await Expect(wang.Locator("main table tbody tr")).ToContainTextAsync($"朱浩然 提交备案 备案 #{filing.Id}");
            await PageFit.AssertFitsWidthAsync(wang, screen);
            await wang.Locator("main button", new() { HasTextString = "立即核验审计日志" }).ClickAsync();
            await Expect(wang.Locator("#verification h2")).ToHaveTextAsync("审计日志完好");
            await Expect(wang.Locator("#verification")).ToContainTextAsync("已与审计记录比对：备案 1 件");
            await PageFit.AssertFitsWidthAsync(wang, screen);

            // 工作报告: this year's report on the page and as a Word document; then its fourth quarter.
            var thisYear = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year;
            await wang.Locator("header nav a", new() { HasTextString = "工作报告" }).ClickAsync();
            await Expect(wang.Locator("#report-title")).ToHaveTextAsync($"县审计局{thisYear}年度党风廉政建设工作情况报告");
            var annual = await wang.RunAndWaitForDownloadAsync(() => wang.Locator("a", new() { HasTextString = "下载 Word 报告" }).ClickAsync());
            Assert.Equal($"县审计局{thisYear}年度党风廉政建设工作情况报告.docx", annual.SuggestedFilename);
            Assert.Equal("个人有关事项报告", DocumentReadBack.Of(await File.ReadAllBytesAsync((await annual.PathAsync())!)).Paragraphs[2][2..]);
            await wang.SelectOptionAsync("select[name=quarter]", new SelectOptionValue { Label = "第四季度" });
            await wang.Locator("form.filters button").ClickAsync();
            await Expect(wang.Locator("#report-title")).ToHaveTextAsync($"县审计局{thisYear}年第四季度党风廉政建设工作情况报告");
            await PageFit.AssertFitsWidthAsync(wang, screen);
            var report = await wang.RunAndWaitForDownloadAsync(() => wang.Locator("a", new() { HasTextString = "下载 Word 报告" }).ClickAsync());
            Assert.Equal($"县审计局{thisYear}年第四季度党风廉政建设工作情况报告.docx", report.SuggestedFilename);
            var document = DocumentReadBack.Of(await File.ReadAllBytesAsync((await report.PathAsync())!));
            Assert.Equal($"县审计局{thisYear}年第四季度党风廉政建设工作情况报告", document.Paragraphs[0]);
        }

        // 吴海燕 oversees 财政审计股, 朱浩然's section: she sees his filing; 郑立新 does not, and gets a 404 for its id.
        var wu = await SignedInAsync("吴海燕（办公室）");
        await Expect(wu.Locator("main")).ToContainTextAsync("查看范围：分管股室人员");
        await wu.GotoAsync($"{address}/workbench/filings?year={year}");
        await Expect(wu.Locator("main")).ToContainTextAsync("共 1 件");
        await wu.Locator($"a[href='/workbench/filings/{filing.Id}']").ClickAsync();
        await Expect(wu.Locator("main")).ToContainTextAsync("县城国际大酒店");

        var zheng = await SignedInAsync("郑立新（办公室）");
        await Expect(zheng.Locator("main")).ToContainTextAsync("查看范围：分管股室人员");
        await zheng.GotoAsync($"{address}/workbench/filings?year={year}");
        await Expect(zheng.Locator("main")).ToContainTextAsync("共 0 件");
        var response = await zheng.GotoAsync($"{address}/workbench/filings/{filing.Id}");
        Assert.Equal(404, response!.Status);
        await Expect(zheng.Locator("main")).ToContainTextAsync("没有这条记录，或不在您的查看范围内");

        // 朱浩然 sees himself (我的记录 holds his filing); the bureau's messages are not in his menu. 秦诗涵, his colleague, nothing of him.
        var zhu = await SignedInAsync("朱浩然（财政审计股）");
        await Expect(zhu.Locator("main")).ToContainTextAsync("查看范围：本人");
        await Expect(zhu.Locator("header nav a", new() { HasTextString = "廉政提醒" })).ToHaveCountAsync(0);
        await zhu.Locator("header nav a", new() { HasTextString = "我的记录" }).ClickAsync();
        await Expect(zhu.Locator("main")).ToContainTextAsync("县城国际大酒店");
        await PageFit.AssertFitsWidthAsync(zhu, phone);

        var qin = await SignedInAsync("秦诗涵（财政审计股）");
        await Expect(qin.Locator("main")).ToContainTextAsync("查看范围：本人");
        await qin.GotoAsync($"{address}/workbench/filings?year={year}");
        await Expect(qin.Locator("main")).ToContainTextAsync("共 0 件");
        Assert.Equal(404, (await qin.GotoAsync($"{address}/workbench/filings/{filing.Id}"))!.Status);
        Assert.Equal(404, (await qin.GotoAsync($"{address}/workbench/messages"))!.Status);
    }
}
