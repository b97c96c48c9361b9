namespace Lianzheng.Bot.Workbench.Exports;

/// <summary>One export of the 工作台 as one worksheet: a title, the conditions it was drawn with and when, then the
/// records, one row each under Chinese headers. A cell is a string, a number, a <see cref="DateOnly"/> (written as a
/// date), a <see cref="DateTimeOffset"/> (written as the bureau's local date and time), or null (left empty).</summary>
/// <param name="Title">The sheet's title, e.g. 备案台账; also its tab name.</param>
/// <param name="Conditions">The filters in force, each as 标签：值 (e.g. 年度：2026), written under the title.</param>
/// <param name="ExportedAt">When the export was made.</param>
/// <param name="Headers">The column headers.</param>
/// <param name="Rows">The records, each as many cells as there are headers.</param>
public sealed record ExportSheet(
    string Title,
    IReadOnlyList<string> Conditions,
    DateTimeOffset ExportedAt,
    IReadOnlyList<string> Headers,
    IEnumerable<IReadOnlyList<object?>> Rows);
