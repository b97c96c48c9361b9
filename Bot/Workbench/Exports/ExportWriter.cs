using System.Drawing;
using System.Globalization;
using System.Text;
using System.Xml;
using Lianzheng.Core.Time;
using Microsoft.AspNetCore.Mvc;
using SpreadCheetah;
using SpreadCheetah.Styling;
using SpreadCheetah.Worksheets;

namespace Lianzheng.Bot.Workbench.Exports;

/// <summary>Writes an <see cref="ExportSheet"/> as a real .xlsx: row 1 the title, then one row per condition, the export
/// time, an empty row, the headers (bold, frozen, with a filter) and the records. Text is always written as text, so a
/// value such as "=1+1" or "0012" stays what it was; dates are dates with a date format.</summary>
/// <remarks>Written with SpreadCheetah, which writes each row as it comes and keeps no cell. ClosedXML (0.95.4, the newest our
/// registry serves; the staff import still reads sheets with it) holds every cell and its style as objects: it took
/// 1.2–2.2 s for a 10 000-row register on the bureau's two cores, SpreadCheetah 0.15–0.3 s (bench/README.md, workbench).</remarks>
public sealed class ExportWriter(BureauClock clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Sixteen characters wide, plus the cell padding Excel counts in a column's stored width.</summary>
    private const double ColumnWidth = 16.7109375;

    /// <summary>The row the headers are on, for a sheet with this many conditions (the records follow it).</summary>
    public static int HeaderRow(int conditions) => conditions + 4;

    public Task<byte[]> WriteAsync(ExportSheet sheet, CancellationToken cancellationToken) => WriteAsync([sheet], cancellationToken);

    /// <summary>A workbook of several sheets, each written as a single export is, in the order given (their titles must
    /// differ in their first 31 characters).</summary>
    public async Task<byte[]> WriteAsync(IReadOnlyList<ExportSheet> sheets, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        await using (var spreadsheet = await Spreadsheet.CreateNewAsync(stream, new SpreadCheetahOptions { PreserveStringWhitespace = true }, cancellationToken))
        {
            Styles? styles = null;
            foreach (var sheet in sheets)
            {
                styles = await WriteSheetAsync(spreadsheet, sheet, styles, cancellationToken);
            }

            await spreadsheet.FinishAsync(cancellationToken);
        }

        return stream.ToArray();
    }

    private async Task<Styles> WriteSheetAsync(Spreadsheet spreadsheet, ExportSheet sheet, Styles? styles, CancellationToken cancellationToken)
    {
        // The filter's range is written before the rows: their count without a copy when the rows are a projection of a list.
        var records = sheet.Rows;
        if (!records.TryGetNonEnumeratedCount(out var count))
        {
            var copy = records.ToList();
            (records, count) = (copy, copy.Count);
        }

        var headerRow = HeaderRow(sheet.Conditions.Count);
        var options = new WorksheetOptions();
        if (sheet.Headers.Count > 0)
        {
            options.FrozenRows = headerRow;
            options.AutoFilter = new AutoFilterOptions($"A{headerRow}:{ColumnName(sheet.Headers.Count)}{headerRow + count}");
            for (var column = 1; column <= sheet.Headers.Count; column++)
            {
                options.Column(column).Width = ColumnWidth;
            }
        }

        await spreadsheet.StartWorksheetAsync(SheetName(sheet.Title), options, cancellationToken);
        styles ??= new Styles(spreadsheet);
        await spreadsheet.AddRowAsync([new Cell(XmlText.Clean(sheet.Title), styles.Title)], cancellationToken);
        foreach (var condition in sheet.Conditions)
        {
            await spreadsheet.AddRowAsync([new DataCell(XmlText.Clean(condition))], cancellationToken);
        }

        await spreadsheet.AddRowAsync([new DataCell(WorkbenchTexts.ExportedAt(WorkbenchTexts.Local(sheet.ExportedAt, clock.TimeZone)))], cancellationToken);
        await spreadsheet.AddRowAsync(Array.Empty<DataCell>(), cancellationToken);
        await spreadsheet.AddRowAsync([.. sheet.Headers.Select(h => new Cell(XmlText.Clean(h), styles.Header))], cancellationToken);
        var cells = new Cell[sheet.Headers.Count];
        foreach (var record in records)
        {
            if (cells.Length != record.Count)
            {
                cells = new Cell[record.Count];
            }

            for (var column = 0; column < record.Count; column++)
            {
                cells[column] = Cell(record[column], styles);
            }

            await spreadsheet.AddRowAsync(cells, cancellationToken);
        }

        return styles;
    }

    /// <summary>The sheet as a download named e.g. 备案台账-20261201.xlsx (the browser gets the Chinese name through filename*).</summary>
    public async Task<FileContentResult> DownloadAsync(ExportSheet sheet, string name, CancellationToken cancellationToken) =>
        new(await WriteAsync(sheet, cancellationToken), ContentType)
        {
            FileDownloadName = $"{name}-{TimeZoneInfo.ConvertTime(sheet.ExportedAt, clock.TimeZone).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx",
        };

    private Cell Cell(object? value, Styles styles) => value switch
    {
        null => default,
        string text => new Cell(XmlText.Clean(text)),
        DateOnly date => new Cell(date.ToDateTime(TimeOnly.MinValue), styles.Date),
        DateTimeOffset at => new Cell(TimeZoneInfo.ConvertTime(at, clock.TimeZone).DateTime, styles.DateTime),
        int number => new Cell(number),
        long number => new Cell(number),
        decimal number => new Cell(number),
        double number => new Cell(number),
        _ => throw new ArgumentException($"An export cell is text, a number, a date or a moment, not {value.GetType().Name}.", nameof(value)),
    };


    /// <summary>A column's letters: 1 → A, 27 → AA.</summary>
    private static string ColumnName(int column)
    {
        var name = new StringBuilder();
        for (; column > 0; column = (column - 1) / 26)
        {
            name.Insert(0, (char)('A' + ((column - 1) % 26)));
        }

        return name.ToString();
    }

    /// <summary>Excel's tab names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(31, name.Length)];
    }

    /// <summary>The four styles a sheet uses besides the plain one, added to it once.</summary>
    private sealed class Styles(Spreadsheet spreadsheet)
    {
        public StyleId Title { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true, Size = 14 } });

        public StyleId Header { get; } = spreadsheet.AddStyle(new Style { Font = { Bold = true }, Fill = { Color = Color.FromArgb(0xEE, 0xF2, 0xF7) } });

        public StyleId Date { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd") });

        public StyleId DateTime { get; } = spreadsheet.AddStyle(new Style { Format = NumberFormat.Custom("yyyy-mm-dd hh:mm") });
    }
}
