using System.Globalization;
using System.Net;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Travel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The 党风廉政建设工作情况报告 on the real host, for a year the test lays down record by record (filings on time,
/// late, above the limits, withdrawn, with and without their 事后报告; trips and their documents; talks; a project; a
/// message; registrations of declined offers; a 廉政回访), on 20 December 2026: the Word document and the workbook of the
/// year and of a quarter are opened and hold exactly those figures; the 派驻纪检监察组 downloads them and each download is
/// in the audit trail; a 班子成员 gets a 404; the CLI writes the same document.</summary>
public sealed class WorkReportTests : IAsyncDisposable
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 20, 10, 0, 0, Beijing));
    private readonly BotApp _app;

    public WorkReportTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock,
            new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl, ["Scheduler:Enabled"] = "false" });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_years_document_and_workbook_hold_exactly_the_years_records()
    {
        await SeedYearAsync();
        var sun = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("孙正平")); // 派驻纪检监察组
        var page = await sun.GetAsync("/workbench/reports?year=2026");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<h2 id=\"report-title\">县审计局2026年度党风廉政建设工作情况报告</h2>", page.Body, StringComparison.Ordinal);

        var word = await sun.DownloadAsync("/workbench/reports?handler=download&period=2026&format=docx");
        Assert.Equal(HttpStatusCode.OK, word.Status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.ContentType);
        Assert.Equal("县审计局2026年度党风廉政建设工作情况报告.docx", word.FileName);
        var document = DocumentReadBack.Of(word.Bytes);
        Assert.Equal("县审计局2026年度党风廉政建设工作情况报告", document.Paragraphs[0]);
        Assert.Equal("统计期间：2026年1月1日至2026年12月31日；数据截至2026年12月20日", document.Paragraphs[1]);
        Assert.Equal("一、个人有关事项报告", document.Paragraphs[2]);

        // Filings: 类别, 报告件数, 撤回, 按时, 逾期, 超规模, 应作事后报告, 事后按时, 事后逾期, 事后未报告.
        var filings = document.Tables[0];
        Assert.Equal(["类别", "报告件数", "撤回", "按时报告", "逾期报告", "超规模", "应作事后报告", "事后按时报告", "事后逾期报告", "事后未报告"], filings[0]);
        Assert.Equal(["婚嫁", "3", "1", "2", "1", "1", "2", "1", "1", "0"], filings[1]);
        Assert.Equal(["丧事", "1", "0", "0", "1", "0", "1", "0", "0", "1"], filings[2]);
        Assert.Equal(["其他喜庆事宜", "0", "0", "0", "0", "0", "0", "0", "0", "0"], filings[3]);
        Assert.Equal(["因私出国（境）", "3", "0", "3", "0", "0", "2", "1", "0", "1"], filings[4]);
        Assert.Equal(["合计", "7", "1", "5", "2", "1", "5", "2", "1", "2"], filings[5]);
        Assert.Contains(document.Paragraphs, p => p.StartsWith("本期婚丧喜庆及因私出国（境）等个人有关事项共报告 7 件（另撤回 1 件），其中按时报告 5 件、逾期报告 2 件", StringComparison.Ordinal));

        // Trips: three filed, two approved; two documents drawn, one handed back late, one still out and past its day.
        Assert.Equal(["3", "2", "2", "0", "1", "1", "1"], document.Tables[1][1].ToList());

        // Talks: 吴海燕 with 陈晓梅 twice (the year's quota met); 周建国 has not yet talked with 吴海燕.
        Assert.Contains(["吴海燕", "陈晓梅", "财政审计股", "2", "2", "2", "已完成"], document.Tables[2]);
        Assert.Contains(["周建国", "吴海燕", "班子成员", "0", "0", "1", "差 1 次"], document.Tables[2]);
        Assert.Equal(["吴海燕", "朱浩然", "财政审计股", "1", "1", "—", "不在年度谈话任务内"], document.Tables[2][^1]);

        Assert.Equal(["县卫健委专项审计", "是", "2026-10-12", "2026-10-19", "未谈", "2", "0", "未报告", "2", "1"], document.Tables[3][1]); // a team of 陈晓梅 and 朱浩然
        Assert.Equal(["2026-02-10", "春节廉政提醒", "3", "2", "66.7%", "3", "1", "33.3%"], document.Tables[4][1]);
        Assert.Equal(2, document.Tables[4].Count); // the 2025 message is not this year's
        Assert.Equal(["礼金（现金、红包、购物卡等）", "2", "1500"], document.Tables[5][1]);
        Assert.Equal(["请托（说情、打招呼）", "1", "0"], document.Tables[5][4]);
        Assert.Equal(["合计", "3", "1500"], document.Tables[5][5]);
        Assert.Equal([["总体评价", "份数"], ["满意", "1"], ["基本满意", "1"], ["不满意", "0"]], document.Tables[6]);

        // The workbook: the same tables, one sheet each, numbers as numbers.
        var excel = await sun.DownloadAsync("/workbench/reports?handler=download&period=2026&format=xlsx");
        Assert.Equal("县审计局2026年度党风廉政建设工作情况报告.xlsx", excel.FileName);
        var sheets = SheetReadBack.Sheets(excel.Bytes);
        Assert.Equal(["一、个人有关事项报告", "二、因私出国（境）及证照管理", "三、廉政谈话", "四、审计项目廉政工作", "五、廉政提醒", "六、拒收和请托登记", "七、廉政回访"],
            sheets.Select(s => s.Tab));
        var filingSheet = sheets[0].Sheet;
        Assert.Contains("县审计局2026年度党风廉政建设工作情况报告", filingSheet.Preamble);
        Assert.Equal(filings[0], filingSheet.Headers);
        Assert.Equal(["7", "1", "5", "2", "1", "5", "2", "1", "2"], filingSheet.Rows[^1].Skip(1).Select(c => c.Text));
        Assert.Equal(7d, filingSheet.Rows[^1][1].Number);
        Assert.Equal(document.Tables[2].Count - 1, sheets[2].Sheet.Rows.Count);

        // Each download is in the audit trail, and the 审计日志 finds it.
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var sunId = int.Parse(await _app.StaffKeyAsync("孙正平"), CultureInfo.InvariantCulture);
            var downloads = await db.AuditEntries.AsNoTracking().Where(e => e.Action == "report.downloaded").OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(2, downloads.Count);
            Assert.All(downloads, d => Assert.Equal((sunId, "WorkReport", "2026"), (d.ActorId!.Value, d.EntityType, d.EntityId)));
            Assert.Contains("\"format\":\"docx\"", downloads[0].Details, StringComparison.Ordinal);
        }

        var log = (await sun.GetAsync("/workbench/audit?action=report.downloaded")).Body;
        Assert.Contains("共 2 条审计记录", log, StringComparison.Ordinal);
        Assert.Contains("工作情况报告 #2026", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_pasted_from_word_with_characters_xml_cannot_carry_does_not_stop_the_document()
    {
        await AuditScenario.RegisterProjectAsync(_app.Services, "县财政局\v预算执行审计", false, new DateOnly(2026, 6, 1), "陈晓梅", "吴海燕", "朱浩然");
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var word = await wang.DownloadAsync("/workbench/reports?handler=download&period=2026&format=docx");
        Assert.Equal(HttpStatusCode.OK, word.Status);
        Assert.Equal("县财政局\n预算执行审计", DocumentReadBack.Of(word.Bytes).Tables[3][1][0]);
    }

    [Fact]
    public async Task The_document_charts_the_filings_and_the_messages_after_their_tables()
    {
        Prerequisites.RequireChineseFont();
        await SeedYearAsync();
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var bytes = (await wang.DownloadAsync("/workbench/reports?handler=download&period=2026&format=docx")).Bytes;
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var main = document.MainDocumentPart!;
        var images = main.ImageParts.ToList();
        Assert.Equal(2, images.Count);
        foreach (var image in images)
        {
            using var stream = image.GetStream();
            var signature = new byte[8];
            stream.ReadExactly(signature);
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, signature);
        }

        // Each chart is the paragraph right after its section's table: the filings (一) and the messages (五).
        var tables = main.Document.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().ToList();
        foreach (var index in new[] { 0, 4 })
        {
            var next = tables[index].NextSibling<DocumentFormat.OpenXml.Wordprocessing.Paragraph>();
            Assert.NotNull(next?.Descendants<DocumentFormat.OpenXml.Wordprocessing.Drawing>().SingleOrDefault());
        }

        Assert.Empty(tables[1].NextSibling<DocumentFormat.OpenXml.Wordprocessing.Paragraph>()!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Drawing>());
    }

    [Fact]
    public async Task A_quarter_counts_only_what_fell_in_it_and_talks_add_up_over_the_year_to_its_end()
    {
        await SeedYearAsync();
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var page = (await wang.GetAsync("/workbench/reports?year=2026&quarter=2")).Body;
        Assert.Contains("县审计局2026年第二季度党风廉政建设工作情况报告", page, StringComparison.Ordinal);
        Assert.Contains("/workbench/reports?handler=download&amp;period=2026Q2&amp;format=docx", page, StringComparison.Ordinal);

        var sheets = SheetReadBack.Sheets((await wang.DownloadAsync("/workbench/reports?handler=download&period=2026Q2&format=xlsx")).Bytes);
        var filings = sheets[0].Sheet.Rows.Select(r => r.Select(c => c.Text).ToList()).ToList();
        Assert.Equal(["婚嫁", "1", "1", "0", "1", "1", "1", "0", "1", "0"], filings[0]);
        Assert.Equal(["丧事", "1", "0", "0", "1", "0", "1", "0", "0", "1"], filings[1]);
        Assert.Equal(["因私出国（境）", "0", "0", "0", "0", "0", "0", "0", "0", "0"], filings[3]);
        Assert.Equal(["0", "0", "1", "0", "1", "0", "0"], sheets[1].Sheet.Rows[0].Select(c => c.Text)); // the July trip's document was drawn in June
        Assert.Empty(sheets[4].Sheet.Rows); // no message in the quarter

        var third = SheetReadBack.Sheets((await wang.DownloadAsync("/workbench/reports?handler=download&period=2026Q3&format=xlsx")).Bytes);
        Assert.Contains(third[2].Sheet.Rows, r => r.Select(c => c.Text).SequenceEqual(["吴海燕", "陈晓梅", "财政审计股", "1", "2", "2", "已完成"]));
    }

    [Fact]
    public async Task Only_those_who_see_the_whole_bureau_get_reports_and_the_cli_writes_the_same_document()
    {
        await SeedYearAsync();
        foreach (var name in new[] { "吴海燕", "陈晓梅", "朱浩然" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/workbench/reports")).Status);
            var refused = await browser.DownloadAsync("/workbench/reports?handler=download&period=2026&format=docx");
            Assert.Equal(HttpStatusCode.NotFound, refused.Status);
            Assert.NotEqual("application/vnd.openxmlformats-officedocument.wordprocessingml.document", refused.ContentType);
        }

        var zhou = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("周建国"));
        using (var crossSite = new HttpRequestMessage(HttpMethod.Get, "/workbench/reports?handler=download&period=2026&format=docx"))
        {
            crossSite.Headers.Add("Sec-Fetch-Site", "cross-site"); // another site's page making the browser fetch it
            using var refused = await zhou.Client.SendAsync(crossSite, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditEntries.AnyAsync(e => e.Action == "report.downloaded"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await zhou.DownloadAsync("/workbench/reports?handler=download&period=2026Q5&format=docx")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await zhou.DownloadAsync("/workbench/reports?handler=download&period=2026&format=pdf")).Status);
        var fromPage = DocumentReadBack.Of((await zhou.DownloadAsync("/workbench/reports?handler=download&period=2026&format=docx")).Bytes);

        var file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.docx");
        var (exit, output, errors) = await BotVerb.RunAsync(_app.DatabasePath, ["report", "--year", "2026", "--out", file], [], "Development");
        Assert.True(exit == 0, output + errors);
        Assert.Contains("已生成《县审计局2026年度党风廉政建设工作情况报告》", output, StringComparison.Ordinal);
        var fromCli = DocumentReadBack.Of(await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken));
        // The same figures, but for what was due by the day they are counted to: the CLI runs on the real clock, the host on
        // the test's (20 December 2026), so the 事后报告 and documents due by then may differ.
        Assert.Equal(fromPage.Paragraphs[0], fromCli.Paragraphs[0]);
        Assert.Equal(fromPage.Tables[0].Select(r => r.Take(6)), fromCli.Tables[0].Select(r => r.Take(6)));
        Assert.Equal(fromPage.Tables.Skip(2), fromCli.Tables.Skip(2));
        File.Delete(file);

        (exit, _, errors) = await BotVerb.RunAsync(_app.DatabasePath, ["report", "--year", "2026", "--quarter", "5", "--out", file], [], "Development");
        Assert.Equal(2, exit);
        Assert.Contains("季度应为 1 至 4：5", errors, StringComparison.Ordinal);
    }

    /// <summary>The year 2026 of the demo bureau, as the test's figures expect it (and a record of 2025 that no 2026 figure
    /// may count). Written straight into the database, but for the talks and the project, written through their services.</summary>
    private async Task SeedYearAsync()
    {
        var project = await AuditScenario.RegisterProjectAsync(_app.Services, "县卫健委专项审计", true, new DateOnly(2026, 10, 12), "陈晓梅", "吴海燕", "朱浩然");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var staff = await services.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles).ToDictionaryAsync(s => s.Name);
            var talks = services.GetRequiredService<TalkService>();
            await talks.RecordAsync(staff["吴海燕"], [staff["陈晓梅"].Id], TalkForm.Individual, new DateOnly(2026, 3, 2), "日常廉政谈话，提醒严守审计纪律。", null, CancellationToken.None);
            await talks.RecordAsync(staff["吴海燕"], [staff["陈晓梅"].Id], TalkForm.Individual, new DateOnly(2026, 9, 8), "日常廉政谈话，谈项目外勤纪律。", null, CancellationToken.None);
            // A 提醒谈话 with an auditor: held, though no quota asks for it.
            await talks.RecordAsync(staff["吴海燕"], [staff["朱浩然"].Id], TalkForm.Individual, new DateOnly(2026, 11, 3), "提醒谈话，谈外勤中的廉洁风险。", null,
                CancellationToken.None, kind: TalkKind.Admonition);
        }

        await using var db = TestDatabase.Open(_app.DatabasePath, pooling: false);
        var ids = await db.Staff.AsNoTracking().ToDictionaryAsync(s => s.Name, s => s.Id);
        var zhu = ids["朱浩然"];
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, Beijing);
        Filing New(FilingKind kind, DateOnly on, FilingStatus status, bool late = false, bool overScale = false, DateOnly? end = null, DateOnly? reported = null) => new()
        {
            SubmissionKey = Guid.NewGuid().ToString("N"), FilerId = zhu, Kind = kind, Subject = EventSubject.Self, EventDate = on, EndDate = end,
            Place = "县城", Destination = kind == FilingKind.TravelAbroad ? "日本" : null, Status = status, IsLate = late, OverScale = overScale,
            CreatedAt = at, UpdatedAt = at,
            FollowUp = reported is { } day ? new FollowUpReport { ReportedAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(15, 0)), Beijing) } : null,
        };
        var t1 = New(FilingKind.TravelAbroad, new DateOnly(2026, 7, 1), FilingStatus.Completed, end: new DateOnly(2026, 7, 10), reported: new DateOnly(2026, 7, 15));
        var t3 = New(FilingKind.TravelAbroad, new DateOnly(2026, 12, 1), FilingStatus.Approved, end: new DateOnly(2026, 12, 8));
        db.Filings.AddRange(
            New(FilingKind.Wedding, new DateOnly(2026, 3, 10), FilingStatus.Completed, reported: new DateOnly(2026, 3, 15)),
            New(FilingKind.Wedding, new DateOnly(2026, 5, 1), FilingStatus.Completed, late: true, overScale: true, reported: new DateOnly(2026, 5, 20)),
            New(FilingKind.Wedding, new DateOnly(2026, 6, 1), FilingStatus.Withdrawn),
            New(FilingKind.Wedding, new DateOnly(2026, 12, 15), FilingStatus.Approved), // its 事后报告 is due on 25 December
            New(FilingKind.Wedding, new DateOnly(2025, 12, 30), FilingStatus.Approved, late: true),
            New(FilingKind.Funeral, new DateOnly(2026, 4, 2), FilingStatus.Approved, late: true),
            t1,
            New(FilingKind.TravelAbroad, new DateOnly(2026, 11, 1), FilingStatus.Rejected, end: new DateOnly(2026, 11, 5)),
            t3);
        var passport = new TravelDocument
        {
            HolderId = zhu, Type = TravelDocumentType.Passport, Number = "E12345678", HandedInOn = new DateOnly(2025, 1, 1), State = TravelDocumentState.InCustody,
            RegisteredById = ids["王秀兰"], CreatedAt = at, UpdatedAt = at,
        };
        db.TravelDocuments.Add(passport);
        await db.SaveChangesAsync();
        db.DocumentCheckouts.AddRange(
            new DocumentCheckout
            {
                DocumentId = passport.Id, TripId = t1.Id, DrawnOn = new DateOnly(2026, 6, 28), DrawnRecordedById = ids["王秀兰"], DueOn = new DateOnly(2026, 7, 20),
                ReturnedOn = new DateOnly(2026, 7, 25), CreatedAt = at, UpdatedAt = at,
            },
            new DocumentCheckout
            {
                DocumentId = passport.Id, TripId = t3.Id, DrawnOn = new DateOnly(2026, 11, 30), DrawnRecordedById = ids["王秀兰"], DueOn = new DateOnly(2026, 12, 18),
                CreatedAt = at, UpdatedAt = at,
            });
        db.OutboxMessages.Add(Message("春节廉政提醒", new DateTimeOffset(2026, 2, 10, 9, 0, 0, Beijing),
            (ids["陈晓梅"], DeliveryStatus.Delivered, true), (ids["朱浩然"], DeliveryStatus.Delivered, false), (ids["秦诗涵"], DeliveryStatus.Unreachable, false)));
        db.OutboxMessages.Add(Message("元旦廉政提醒", new DateTimeOffset(2025, 12, 29, 9, 0, 0, Beijing), (ids["陈晓梅"], DeliveryStatus.Delivered, true)));
        db.DeclinedOffers.AddRange(
            Offer(zhu, OfferKind.GiftMoney, new DateOnly(2026, 5, 5), 500, at),
            Offer(zhu, OfferKind.GiftMoney, new DateOnly(2026, 8, 8), 1000, at),
            Offer(zhu, OfferKind.Request, new DateOnly(2026, 9, 1), null, at));
        db.AuditFeedback.AddRange(
            new AuditFeedback
            {
                ProjectId = project, SubmittedAt = new DateTimeOffset(2026, 10, 25, 9, 0, 0, Beijing), SubmissionKey = "feedback-1", Rating = FeedbackRating.Satisfied,
            },
            new AuditFeedback
            {
                ProjectId = project, SubmittedAt = new DateTimeOffset(2026, 10, 26, 9, 0, 0, Beijing), SubmissionKey = "feedback-2", Rating = FeedbackRating.FairlySatisfied,
                Issues = [new AuditFeedbackIssue { Topic = FeedbackTopic.Banquets, Details = "审计组接受了一次工作餐。" }],
            });
        await db.SaveChangesAsync();
    }

    private static OutboxMessage Message(string title, DateTimeOffset at, params (int Recipient, DeliveryStatus Status, bool Confirmed)[] deliveries) => new()
    {
        Kind = OutboxKinds.IntegrityMessage, SourceKey = "report-test:" + title, Title = title, Body = title, FactsJson = "[]", ButtonsJson = "[]", ConfirmLabel = "收到",
        CreatedAt = at,
        Deliveries = [.. deliveries.Select(d => new Delivery
        {
            RecipientId = d.Recipient, Channel = Channels.Local, Status = d.Status, ConfirmedAt = d.Confirmed ? at.AddHours(1) : null, SentAt = at,
        })],
    };

    private static DeclinedOffer Offer(int staff, OfferKind kind, DateOnly on, int? value, DateTimeOffset at) => new()
    {
        StaffId = staff, Kind = kind, OfferedBy = "某公司", Description = "登记测试", EstimatedValue = value, OfferedOn = on, Handling = OfferHandling.Refused, RecordedAt = at,
    };
}
