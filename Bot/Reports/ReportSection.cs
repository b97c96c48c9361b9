namespace Lianzheng.Bot.Reports;

/// <summary>One section of the work report: its heading, a paragraph of prose with its figures, and its table (cells are
/// text, whole numbers or dates); the same table is a sheet of the .xlsx.</summary>
public sealed record ReportSection(string Title, string Prose, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
