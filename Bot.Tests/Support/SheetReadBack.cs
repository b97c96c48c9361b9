using ClosedXML.Excel;

namespace Lianzheng.Tests.Support;

/// <summary>An exported .xlsx read back as a person opening it sees it: the title, the lines above the headers
/// (conditions, export time), the headers, and the records with their cells' values (a date cell as a DateTime).</summary>
public sealed record SheetReadBack(string Title, IReadOnlyList<string> Preamble, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<XLCellValueRead>> Rows)
{
    public static SheetReadBack Of(byte[] xlsx) => All(xlsx).Single();

    /// <summary>Every sheet of a workbook, in order, with its tab name.</summary>
    public static IReadOnlyList<(string Tab, SheetReadBack Sheet)> Sheets(byte[] xlsx)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        return [.. workbook.Worksheets.Select(sheet => (sheet.Name, Of(sheet)))];
    }

    private static IReadOnlyList<SheetReadBack> All(byte[] xlsx) => [.. Sheets(xlsx).Select(s => s.Sheet)];

    private static SheetReadBack Of(IXLWorksheet sheet)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? 1;
        var headerRow = Enumerable.Range(2, Math.Max(0, last - 1)).First(r => sheet.Row(r).IsEmpty() && !sheet.Row(r + 1).IsEmpty() && r > 2) + 1;
        var width = sheet.Row(headerRow).LastCellUsed().Address.ColumnNumber;
        var preamble = Enumerable.Range(2, headerRow - 3).Select(r => sheet.Cell(r, 1).GetString()).ToList();
        var headers = Enumerable.Range(1, width).Select(c => sheet.Cell(headerRow, c).GetString()).ToList();
        var rows = Enumerable.Range(headerRow + 1, Math.Max(0, last - headerRow))
            .Select(r => (IReadOnlyList<XLCellValueRead>)[.. Enumerable.Range(1, width).Select(c => XLCellValueRead.Of(sheet.Cell(r, c)))]).ToList();
        return new SheetReadBack(sheet.Cell(1, 1).GetString(), preamble, headers, rows);
    }

    /// <summary>The records' cells in one column, by header, as text.</summary>
    public IReadOnlyList<string> Column(string header)
    {
        var index = Headers.ToList().IndexOf(header);
        Assert.True(index >= 0, $"No column {header} among {string.Join(", ", Headers)}");
        return [.. Rows.Select(r => r[index].Text)];
    }
}
