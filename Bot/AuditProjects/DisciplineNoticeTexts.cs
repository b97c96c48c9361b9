namespace Lianzheng.Bot.AuditProjects;

/// <summary>What the host says about the 审计纪律告知书 download.</summary>
internal static class DisciplineNoticeTexts
{
    /// <summary>The file name for clients that cannot read the Chinese one (RFC 5987 filename*).</summary>
    public const string AsciiFileName = "audit-notice.docx";

    public const string NotFoundTitle = "链接无效";
    public const string NotFoundHeading = "此链接有误或已失效";
    public static string NotFoundAdvice(string bureau) => $"无法下载《审计纪律告知书》。请核对链接是否完整，或联系{bureau}廉政监督员。";
}
