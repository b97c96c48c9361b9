using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.AuditProjects;

/// <summary>Section "AuditProjects": what goes on the 审计纪律告知书 posted at the audited unit, and its 廉政回访 page (whose
/// address starts with Bureau:PublicBaseUrl).</summary>
public sealed class AuditProjectOptions
{
    public const string SectionName = "AuditProjects";

    /// <summary>The bureau's 举报电话, printed on the 审计纪律告知书 and shown on the 廉政回访 page. Empty leaves the line out
    /// (the QR code to the 回访 page stays).</summary>
    [RegularExpression(@"^[0-9０-９()（）+\- ]{0,40}$",
        ErrorMessage = "AuditProjects:ReportingPhone may hold digits, spaces, '-', '+' and parentheses only. AuditProjects:ReportingPhone（举报电话）只能包含数字、空格、“-”“+”和括号。")]
    public string ReportingPhone { get; set; } = "";

    /// <summary>Calendar days after the project's end (离场) during which the audited unit can still answer the 廉政回访.</summary>
    [Range(1, 365, ErrorMessage = "AuditProjects:FeedbackDays must be between 1 and 365 days. AuditProjects:FeedbackDays（廉政回访有效期）须在 1 到 365 天之间。")]
    public int FeedbackDays { get; set; } = 30;
}
