using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Workbench;

/// <summary>How many filings of a kind are in a status, within the viewer's scope.</summary>
public sealed record FilingCount(FilingKind Kind, FilingStatus Status, int Count);
