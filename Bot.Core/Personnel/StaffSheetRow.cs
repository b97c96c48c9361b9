namespace Lianzheng.Core.Personnel;

/// <summary>One data row of the sheet: its 1-based row number in the file and its cells by English column name.</summary>
public sealed record StaffSheetRow(int RowNumber, IReadOnlyDictionary<string, string> Cells)
{
    public string Get(string englishColumn) => Cells.TryGetValue(englishColumn, out var value) ? value.Trim() : "";
}
