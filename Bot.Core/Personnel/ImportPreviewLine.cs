namespace Lianzheng.Core.Personnel;

/// <summary>One person in an import's preview: the sheet's row, who, and what would be set or change (e.g. 股室：财政审计股 → 经济责任审计股).</summary>
public sealed record ImportPreviewLine(int RowNumber, string EmployeeNo, string Name, IReadOnlyList<string> Changes);
