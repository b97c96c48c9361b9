using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Texts;
using QRCoder;
using A = DocumentFormat.OpenXml.Drawing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace Lianzheng.Bot.AuditProjects;

/// <summary>The 审计纪律告知书 as a Word document (.docx): the project, the discipline word for word, the team, the 举报电话
/// and a QR code to the project's 廉政回访 page.</summary>
/// <remarks>Built element by element with the Open XML SDK, the well-kept library for the format (no template engine is
/// available to us, and the document is short and fixed): one A4 page in 宋体, the heading in 黑体.</remarks>
internal static class DisciplineNoticeDocument
{
    /// <summary>The QR code's error correction and size in pixels per module: what the printed code is made with.</summary>
    public const QRCodeGenerator.ECCLevel QrEccLevel = QRCodeGenerator.ECCLevel.M;
    public const int QrPixelsPerModule = 10;

    private const string BodyFont = "宋体";
    private const string HeadingFont = "黑体";
    private const string LatinFont = "Times New Roman";

    /// <summary>Font sizes in half points: 二号 for the heading, 小四 for the text.</summary>
    private const string HeadingSize = "44";
    private const string BodySize = "24";

    /// <summary>The printed QR code: 4 cm square, in EMU (360 000 per cm).</summary>
    private const long QrExtent = 4 * 360_000L;

    public static byte[] Build(DisciplineNotice notice)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = AuditProjectTexts.NoticeHeading;
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = DefaultStyles();
            var image = main.AddImagePart(ImagePartType.Png);
            using (var png = new MemoryStream(QrPng(notice.FeedbackUrl)))
            {
                image.FeedData(png);
            }

            main.Document = new Document(new Body([.. Content(notice, main.GetIdOfPart(image)), A4Page()]));
        }

        return stream.ToArray();
    }

    /// <summary>The PNG of the QR code for an address, as the document embeds it.</summary>
    private static byte[] QrPng(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QrEccLevel);
        return new PngByteQRCode(data).GetGraphic(QrPixelsPerModule);
    }

    private static IEnumerable<OpenXmlElement> Content(DisciplineNotice notice, string imageId)
    {
        yield return Line(AuditProjectTexts.NoticeHeading, JustificationValues.Center, heading: true);
        yield return Line(notice.Bureau, JustificationValues.Center);
        foreach (var line in AuditProjectTexts.NoticeAddressee(notice.Project).Split('\n'))
        {
            yield return Line(line);
        }

        yield return Line(AuditProjectTexts.NoticeTerm(
            DomainNames.Date(notice.StartDate), notice.EndDate is { } end ? DomainNames.Date(end) : null));
        foreach (var rule in AuditDiscipline.Rules)
        {
            yield return Line(rule.Title, bold: true);
            for (var i = 0; i < rule.Items.Count; i++)
            {
                yield return Line((i + 1).ToString(CultureInfo.InvariantCulture) + ". " + rule.Items[i]);
            }
        }

        yield return Line(AuditProjectTexts.NoticeTeamLeader(notice.TeamLeader));
        if (notice.Members.Count > 0)
        {
            yield return Line(AuditProjectTexts.NoticeMembers(string.Join('、', notice.Members)));
        }

        if (!string.IsNullOrWhiteSpace(notice.ReportingPhone))
        {
            yield return Line(AuditProjectTexts.NoticePhone(notice.ReportingPhone));
        }

        yield return Line(AuditProjectTexts.NoticeClosing);
        yield return new Paragraph(Centered(), new Run(QrPicture(imageId)));
        yield return Line(AuditProjectTexts.NoticeQrCaption, JustificationValues.Center);
        yield return Line(notice.Bureau, JustificationValues.Right);
        yield return Line(DomainNames.Date(notice.StartDate), JustificationValues.Right);
    }

    /// <summary>One paragraph of text; a line the text indents (leading spaces) gets a first-line indent of two characters.</summary>
    private static Paragraph Line(string text, JustificationValues? alignment = null, bool heading = false, bool bold = false)
    {
        var trimmed = text.TrimStart(' ');
        var properties = new ParagraphProperties(); // in the schema's order: spacing, indentation, justification
        if (heading)
        {
            properties.Append(new SpacingBetweenLines { After = "240" });
        }

        if (trimmed.Length < text.Length)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        if (alignment is { } align)
        {
            properties.Append(new Justification { Val = align });
        }

        var run = new Run();
        if (heading)
        {
            run.Append(new RunProperties(
                new RunFonts { Ascii = HeadingFont, HighAnsi = HeadingFont, EastAsia = HeadingFont, Hint = FontTypeHintValues.EastAsia },
                new Bold(), new FontSize { Val = HeadingSize }));
        }
        else if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(trimmed) { Space = SpaceProcessingModeValues.Preserve });
        return new Paragraph(properties, run);
    }

    private static ParagraphProperties Centered() => new(new Justification { Val = JustificationValues.Center });

    /// <summary>The whole document's defaults: 宋体 (Times New Roman for Latin text) 小四, Chinese line breaking, 1.15 lines.</summary>
    private static Styles DefaultStyles() => new(new DocDefaults(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = BodyFont, ComplexScript = LatinFont },
            new FontSize { Val = BodySize },
            new FontSizeComplexScript { Val = BodySize },
            new Languages { Val = "en-US", EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
            new SpacingBetweenLines { Line = "276", LineRule = LineSpacingRuleValues.Auto }))));

    /// <summary>A4 portrait, margins 2 cm top and bottom, 2.5 cm left and right (in twentieths of a point): one page.</summary>
    private static SectionProperties A4Page() => new(
        new PageSize { Width = 11906U, Height = 16838U },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1418U, Right = 1418U, Header = 851U, Footer = 992U, Gutter = 0U });

    /// <summary>The QR image as an inline picture, 4 cm square.</summary>
    private static Drawing QrPicture(string imageId) => new(new Wp.Inline(
        new Wp.Extent { Cx = QrExtent, Cy = QrExtent },
        new Wp.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
        new Wp.DocProperties { Id = 1U, Name = "QR", Description = AuditProjectTexts.NoticeQrCaption },
        new Wp.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
        new A.Graphic(new A.GraphicData(new Pic.Picture(
            new Pic.NonVisualPictureProperties(
                new Pic.NonVisualDrawingProperties { Id = 0U, Name = "qr.png" },
                new Pic.NonVisualPictureDrawingProperties()),
            new Pic.BlipFill(new A.Blip { Embed = imageId }, new A.Stretch(new A.FillRectangle())),
            new Pic.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = QrExtent, Cy = QrExtent }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
        { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
    {
        DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
    });
}
