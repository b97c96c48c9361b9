namespace Lianzheng.Core.AuditProjects;

/// <summary>A project's 廉政回访 page as the audited unit sees it: the project, until when it is open, the bureau's phone.</summary>
public sealed record FeedbackForm(FeedbackFormState State, string Bureau, string? Project = null, DateOnly? OpenUntil = null, string ReportingPhone = "");
