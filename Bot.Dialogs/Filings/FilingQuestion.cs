using Lianzheng.Core.Filings;

namespace Lianzheng.Dialogs.Filings;

/// <summary>Which field of which draft to ask.</summary>
internal sealed record FilingQuestion(FilingDraft Draft, FilingField Field);
