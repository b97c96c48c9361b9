using Lianzheng.Core.Filings;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Which fields of a draft to ask, and how far along the questions are.</summary>
internal sealed record FilingFieldsRequest(FilingDraft Draft, IReadOnlyList<FilingField> Fields, int Index = 0);
