using System.Globalization;
using ClosedXML.Excel;
using Lianzheng.Core.Time;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Exports;

/// <summary>Writes an <see cref="ExportSheet"/> as a real .xlsx (ClosedXML, the library the staff import already reads
/// sheets with): row 1 the title, then one row per condition, the export time, an empty row, the headers (bold, frozen,
/// with a filter) and the records. Text is always written as text, so a value such as "=1+1" or "0012" stays what it was.</summary>
public sealed class ExportWriter(BureauClock clock)
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const string DateFormat = "yyyy-mm-dd";
    private const string DateTimeFormat = "yyyy-mm-dd hh:mm";

    /// <summary>The row the headers are on, for a sheet with this many conditions (the records follow it).</summary>
    public static int HeaderRow(int conditions) => conditions + 4;

    public byte[] Write(ExportSheet sheet)
    {
        using var workbook = new XLWorkbook();
        var worksheet = workbook.Worksheets.Add(SheetName(sheet.Title));
        worksheet.Cell(1, 1).SetValue(sheet.Title);
        worksheet.Cell(1, 1).Style.Font.Bold = true;
        worksheet.Cell(1, 1).Style.Font.FontSize = 14;
        var row = 2;
        foreach (var condition in sheet.Conditions)
        {
            worksheet.Cell(row++, 1).SetValue(condition);
        }

        worksheet.Cell(row, 1).SetValue(WorkbenchTexts.ExportedAt(WorkbenchTexts.Local(sheet.ExportedAt, clock.TimeZone)));
        row = HeaderRow(sheet.Conditions.Count);
        for (var column = 0; column < sheet.Headers.Count; column++)
        {
            worksheet.Cell(row, column + 1).SetValue(sheet.Headers[column]);
        }

        var headers = worksheet.Range(row, 1, row, Math.Max(1, sheet.Headers.Count));
        headers.Style.Font.Bold = true;
        headers.Style.Fill.BackgroundColor = XLColor.FromHtml("#EEF2F7");
        var first = row + 1;
        foreach (var record in sheet.Rows)
        {
            row++;
            for (var column = 0; column < record.Count; column++)
            {
                Put(worksheet.Cell(row, column + 1), record[column]);
            }
        }

        if (sheet.Headers.Count > 0)
        {
            worksheet.Range(HeaderRow(sheet.Conditions.Count), 1, Math.Max(row, first - 1), sheet.Headers.Count).SetAutoFilter();
            worksheet.SheetView.FreezeRows(HeaderRow(sheet.Conditions.Count));
            for (var column = 1; column <= sheet.Headers.Count; column++)
            {
                worksheet.Column(column).Width = 16;
            }
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>The sheet as a download named e.g. 备案台账-20261201.xlsx (the browser gets the Chinese name through filename*).</summary>
    public FileContentResult Download(ExportSheet sheet, string name) =>
        new(Write(sheet), ContentType)
        {
            FileDownloadName = $"{name}-{TimeZoneInfo.ConvertTime(sheet.ExportedAt, clock.TimeZone).ToString("yyyyMMdd", CultureInfo.InvariantCulture)}.xlsx",
        };

    private void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.NumberFormat.Format = DateFormat;
                break;
            case DateTimeOffset at:
                cell.SetValue(TimeZoneInfo.ConvertTime(at, clock.TimeZone).DateTime);
                cell.Style.NumberFormat.Format = DateTimeFormat;
                break;
            case int number:
                cell.SetValue(number);
                break;
            case long number:
                cell.SetValue(number);
                break;
            case decimal number:
                cell.SetValue(number);
                break;
            case double number:
                cell.SetValue(number);
                break;
            case string text:
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            default:
                throw new ArgumentException($"An export cell is text, a number, a date or a moment, not {value.GetType().Name}.", nameof(value));
        }
    }

    /// <summary>Excel's tab names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var name = new string([.. title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']'))]);
        return name.Length == 0 ? "Sheet1" : name[..Math.Min(31, name.Length)];
    }
}
