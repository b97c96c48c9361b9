using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;
using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Reports;

namespace Lianzheng.Bot.Reports;

/// <summary>Writes the work report as a Word document (.docx, the Open XML SDK) on A4: the title, the period, then for each
/// section its heading, its prose with the figures and its table. The bureau edits the prose in Word; the figures come
/// from <see cref="WorkReportSections"/>, the same as the workbook's; a section's chart (<see cref="WorkReportCharts"/>, by the
/// section's title) follows its table as an image.</summary>
public static class WorkReportDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private const string BodyFont = "宋体", HeadingFont = "黑体", LatinFont = "Times New Roman";

    /// <summary>Six inches wide on the page, the chart's own proportions (EMU: 914 400 an inch).</summary>
    private const long ChartWidth = 6 * 914_400L, ChartHeight = ChartWidth * WorkReportCharts.Height / WorkReportCharts.Width;

    public static byte[] Write(WorkReport report, IReadOnlyList<ReportSection> sections, IReadOnlyDictionary<string, byte[]> charts)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = BodyFont }, new FontSize { Val = "24" }, new Languages { EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))));
            var body = new Body();
            body.Append(Paragraph(ReportTexts.Title(report.Bureau, report.Period), HeadingFont, "36", bold: true, centered: true));
            body.Append(Paragraph(ReportTexts.Subtitle(report.Period, report.AsOf), BodyFont, "21", bold: false, centered: true));
            for (var i = 0; i < sections.Count; i++)
            {
                var section = sections[i];
                body.Append(Paragraph(ReportTexts.Heading(i + 1, section.Title), HeadingFont, "28", bold: false, centered: false));
                body.Append(Paragraph(section.Prose, BodyFont, "24", bold: false, centered: false, indent: true));
                body.Append(Table(section));
                if (charts.TryGetValue(section.Title, out var chart))
                {
                    body.Append(Chart(main, chart, (uint)(i + 1), section.Title));
                }

                body.Append(new Paragraph());
            }

            body.Append(Paragraph(ReportTexts.Prose, BodyFont, "21", bold: false, centered: false));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1588, Right = 1474, Header = 851, Footer = 992, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A cell's text as the document shows it.</summary>
    public static string Text(object? cell) => cell switch
    {
        null => ReportTexts.None,
        string text => text,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };

    private static Paragraph Paragraph(string text, string font, string size, bool bold, bool centered, bool indent = false)
    {
        var properties = new ParagraphProperties();
        if (centered)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        if (indent)
        {
            properties.Append(new Indentation { FirstLineChars = 200 });
        }

        var run = new RunProperties(new RunFonts { Ascii = LatinFont, HighAnsi = LatinFont, EastAsia = font }, new FontSize { Val = size });
        if (bold)
        {
            run.Append(new Bold());
        }

        return new Paragraph(properties, new Run(run, new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A paragraph holding the PNG inline, centred.</summary>
    private static Paragraph Chart(MainDocumentPart main, byte[] png, uint id, string title)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            image.FeedData(data);
        }

        var inline = new DW.Inline(
            new DW.Extent { Cx = ChartWidth, Cy = ChartHeight },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = XmlText.Clean(title) },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = title + ".png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = ChartWidth, Cy = ChartHeight }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U,
        };
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline)));
    }

    private static Table Table(ReportSection section)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
        var header = new TableRow(new TableRowProperties(new TableHeader()));
        header.Append(section.Headers.Select(h => Cell(h, bold: true)));
        table.Append(header);
        foreach (var row in section.Rows)
        {
            table.Append(new TableRow(row.Select(c => Cell(Text(c), bold: false))));
        }

        return table;
    }

    private static TableCell Cell(string text, bool bold)
    {
        var run = new RunProperties(new FontSize { Val = "21" });
        if (bold)
        {
            run.Append(new Bold());
        }

        return new TableCell(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "280", LineRule = LineSpacingRuleValues.Auto }),
            new Run(run, new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve })));
    }
}
