using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Travel;

/// <summary>Section "Travel": the custody of documents for private travel abroad.</summary>
public sealed class TravelOptions
{
    public const string SectionName = "Travel";

    /// <summary>Calendar days after the actual return (as the traveller reports it) within which the document is
    /// handed back to the custodian (交回). Commonly 7 or 10.</summary>
    [Range(1, 60, ErrorMessage = "Travel:DocumentReturnDays must be between 1 and 60 days. Travel:DocumentReturnDays（证照交回期限）须在 1 到 60 天之间。")]
    public int DocumentReturnDays { get; set; } = 10;

    /// <summary>Calendar days a document may stay overdue before the traveller's overseeing leader is told.</summary>
    [Range(1, 60, ErrorMessage = "Travel:EscalateAfterDays must be between 1 and 60 days. Travel:EscalateAfterDays（逾期告知分管领导）须在 1 到 60 天之间。")]
    public int EscalateAfterDays { get; set; } = 5;
}
