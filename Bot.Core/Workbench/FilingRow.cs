using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Workbench;

/// <summary>A line of the 备案台账.</summary>
public sealed record FilingRow(int Id, string Filer, string? Section, FilingKind Kind, DateOnly EventDate, FilingStatus Status, bool IsLate, bool OverScale);
