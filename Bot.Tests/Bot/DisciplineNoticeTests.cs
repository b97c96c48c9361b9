using System.Globalization;
using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Lianzheng.Bot.AuditProjects;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using QRCoder;

namespace Lianzheng.Tests.Bot;

/// <summary>GET /audit-notices/{code} on the real host: the team leader's 审计纪律告知书 as a Word document that Word's own
/// schema accepts, with the discipline word for word, the team, the 举报电话 and a QR code to the project's 廉政回访 page;
/// any other code gets a short Chinese page and 404.</summary>
public sealed class DisciplineNoticeTests
{
    private const string BaseUrl = "https://lianzheng.example.gov.cn";
    private const string Phone = "0851-12345678";

    private static readonly DateOnly Start = new(2026, 12, 15);
    private static readonly DateOnly End = new(2026, 12, 30);

    private static BotApp NewApp(string? phone = Phone)
    {
        var settings = new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = BaseUrl };
        if (phone is not null)
        {
            settings["AuditProjects:ReportingPhone"] = phone;
        }

        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        return new BotApp(BotApp.NewDatabasePath(), time, settings);
    }

    private static async Task<AuditProject> RegisterAsync(BotApp app)
    {
        _ = app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Roles).ToDictionaryAsync(s => s.Name);
        return await scope.ServiceProvider.GetRequiredService<AuditProjectService>().RegisterAsync(staff["陈晓梅"],
            new AuditProjectDraft("县财政局预算执行审计", false, Start, End, staff["陈晓梅"].Id, staff["吴海燕"].Id, [staff["朱浩然"].Id]),
            CancellationToken.None);
    }

    private static async Task<byte[]> DownloadAsync(BotApp app, AuditProject project)
    {
        using var response = await app.CreateClient().GetAsync(new Uri($"/audit-notices/{project.NoticeCode}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>().Select(p => p.InnerText)];

    [Fact]
    public async Task The_notice_is_a_valid_docx_with_the_project_the_discipline_verbatim_the_team_the_phone_and_the_qr_code()
    {
        await using var app = NewApp();
        var project = await RegisterAsync(app);

        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(app, project)), false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join('\n', errors));

        var paragraphs = Paragraphs(document);
        Assert.Equal(AuditProjectTexts.NoticeHeading, paragraphs[0]);
        Assert.Contains(paragraphs, p => p.Contains("“县财政局预算执行审计”审计组即将进点", StringComparison.Ordinal));
        Assert.Contains("审计时间：2026年12月15日 至 2026年12月30日", paragraphs);
        var items = 0;
        foreach (var rule in AuditDiscipline.Rules)
        {
            var title = paragraphs.IndexOf(rule.Title);
            Assert.True(title >= 0, rule.Title);
            for (var i = 0; i < rule.Items.Count; i++)
            {
                Assert.Equal($"{(i + 1).ToString(CultureInfo.InvariantCulture)}. {rule.Items[i]}", paragraphs[title + 1 + i]);
                items++;
            }
        }

        Assert.Equal(12, items);
        // From the official texts (integrity-rules.md), not from the data file the document is made of.
        Assert.Contains("3. 严禁泄露审计工作秘密。", paragraphs);
        Assert.Contains("5. 不准利用审计职权干预被审计单位依法管理的资金、资产、资源的审批或分配使用。", paragraphs);
        Assert.Contains("审计组长：陈晓梅", paragraphs);
        Assert.Contains("审计组成员：朱浩然", paragraphs);
        Assert.Contains("举报电话：0851-12345678", paragraphs);
        Assert.Contains(AuditProjectTexts.NoticeQrCaption, paragraphs);
        Assert.Equal("2026年12月15日", paragraphs[^1]);

        var image = Assert.Single(document.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using var generator = new QRCodeGenerator();
        using var qr = generator.CreateQrCode($"{BaseUrl}/feedback/{project.FeedbackCode}", DisciplineNoticeDocument.QrEccLevel);
        using var stored = new MemoryStream();
        await using (var png = image.GetStream())
        {
            await png.CopyToAsync(stored);
        }

        Assert.Equal(new PngByteQRCode(qr).GetGraphic(DisciplineNoticeDocument.QrPixelsPerModule), stored.ToArray());
    }

    [Fact]
    public async Task Without_a_reporting_phone_the_notice_has_no_phone_line()
    {
        await using var app = NewApp(phone: null);
        var project = await RegisterAsync(app);

        using var document = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(app, project)), false);
        var paragraphs = Paragraphs(document);
        Assert.Contains("审计组长：陈晓梅", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.Contains("举报电话", StringComparison.Ordinal));
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task The_download_is_an_attachment_named_in_chinese_with_an_ascii_fallback_never_cached_nor_indexed()
    {
        await using var app = NewApp();
        var project = await RegisterAsync(app);

        using var response = await app.CreateClient().GetAsync(new Uri($"/audit-notices/{project.NoticeCode}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("audit-notice.docx", disposition.FileName);
        Assert.Equal("审计纪律告知书.docx", disposition.FileNameStar);
        Assert.Contains("filename*=UTF-8''", string.Join(' ', response.Content.Headers.GetValues("Content-Disposition")), StringComparison.Ordinal);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
    }

    [Fact]
    public async Task A_well_formed_code_of_no_project_gets_404_and_a_chinese_page_naming_the_supervisor()
    {
        await using var app = NewApp();
        await RegisterAsync(app);

        using var response = await app.CreateClient().GetAsync(new Uri($"/audit-notices/{AccessCodes.New()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Null(response.Content.Headers.ContentDisposition);
        Assert.Equal("noindex", Assert.Single(response.Headers.GetValues("X-Robots-Tag")));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("此链接有误或已失效", html, StringComparison.Ordinal);
        Assert.Contains("廉政监督员", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_malformed_code_gets_404(string code)
    {
        await using var app = NewApp();

        using var response = await app.CreateClient().GetAsync(new Uri($"/audit-notices/{code}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("此链接有误或已失效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
