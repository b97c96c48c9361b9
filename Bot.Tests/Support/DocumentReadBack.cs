using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Lianzheng.Tests.Support;

/// <summary>A .docx read back as a person opening it in Word sees it: its paragraphs outside tables, and its tables as
/// rows of cell texts.</summary>
public sealed record DocumentReadBack(IReadOnlyList<string> Paragraphs, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Tables)
{
    public static DocumentReadBack Of(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var body = document.MainDocumentPart!.Document.Body!;
        return new DocumentReadBack(
            [.. body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0)],
            [.. body.Elements<Table>().Select(t => (IReadOnlyList<IReadOnlyList<string>>)[.. t.Elements<TableRow>()
                .Select(r => (IReadOnlyList<string>)[.. r.Elements<TableCell>().Select(c => c.InnerText)])])]);
    }
}
