using ClosedXML.Excel;

namespace Lianzheng.Tests.Support;

/// <summary>A cell of an exported sheet: its type as Excel holds it, its text, and its value as a date or number when it is one.</summary>
public sealed record XLCellValueRead(XLDataType Type, string Text, DateTime? Date, double? Number, bool IsFormula)
{
    public static XLCellValueRead Of(IXLCell cell) => new(
        cell.DataType,
        cell.GetString(),
        cell.DataType == XLDataType.DateTime ? cell.GetDateTime() : null,
        cell.DataType == XLDataType.Number ? cell.GetDouble() : null,
        cell.HasFormula);
}
