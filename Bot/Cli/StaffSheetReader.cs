using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.Cli;

/// <summary>Reads the staff sheet from CSV (UTF-8, with or without BOM, or GB18030 as Excel in China saves it) or XLSX (first worksheet).</summary>
public static class StaffSheetReader
{
    public static StaffSheetFile Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ReadCsv(File.ReadAllBytes(path)),
        ".xlsx" => ReadXlsx(path),
        _ => throw new NotSupportedException(path),
    };

    public static StaffSheetFile ReadCsv(byte[] bytes)
    {
        using var reader = new StringReader(Decode(bytes));
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            BadDataFound = null,
            IgnoreBlankLines = true,
        });
        var headers = new List<string>();
        var rows = new List<StaffSheetRow>();
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (headers.Count == 0)
            {
                headers.AddRange(record.Select(h => h.Trim()));
                continue;
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(ToRow(csv.Parser.Row, headers, i => i < record.Length ? record[i] : ""));
        }

        return new StaffSheetFile(headers, rows);
    }

    /// <summary>A sheet uploaded as <paramref name="fileName"/>, by its extension; null for any other kind of file.</summary>
    public static StaffSheetFile? Read(byte[] bytes, string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => ReadCsv(bytes),
        ".xlsx" => ReadXlsx(new MemoryStream(bytes)),
        _ => null,
    };

    public static StaffSheetFile ReadXlsx(string path)
    {
        using var file = File.OpenRead(path);
        return ReadXlsx(file);
    }

    public static StaffSheetFile ReadXlsx(Stream stream)
    {
        using var workbook = new XLWorkbook(stream);
        var sheet = workbook.Worksheets.First();
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return new StaffSheetFile([], []);
        }

        var firstRow = used.FirstRow().RowNumber();
        var lastColumn = used.LastColumn().ColumnNumber();
        var headers = Enumerable.Range(1, lastColumn).Select(c => sheet.Cell(firstRow, c).GetFormattedString().Trim()).ToList();
        var rows = new List<StaffSheetRow>();
        for (var r = firstRow + 1; r <= used.LastRow().RowNumber(); r++)
        {
            var rowNumber = r;
            var cells = Enumerable.Range(1, lastColumn).Select(c => sheet.Cell(rowNumber, c).GetFormattedString()).ToList();
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            rows.Add(ToRow(r, headers, i => cells[i]));
        }

        return new StaffSheetFile(headers, rows);
    }

    private static StaffSheetRow ToRow(int rowNumber, List<string> headers, Func<int, string> cell)
    {
        var cells = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < headers.Count; i++)
        {
            if (StaffSheet.Find(headers[i]) is { } column)
            {
                cells[column.English] = cell(i).Trim();
            }
        }

        return new StaffSheetRow(rowNumber, cells);
    }

    /// <summary>UTF-8 when the bytes are valid UTF-8; otherwise GB18030, what Excel on a Chinese Windows writes.</summary>
    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }
}
