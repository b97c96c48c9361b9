namespace Lianzheng.Core.Outbox;

/// <summary>The kinds of outbox messages.</summary>
public static class OutboxKinds
{
    public const string FilingNotice = "filing-notice";
    public const string FilingReview = "filing-review";
    public const string HolidayMessage = "holiday";
    public const string IntegrityMessage = "integrity";
    public const string Reminder = "reminder";
    public const string TalkDue = "talk-due";
    public const string SecretaryTalkDue = "secretary-talk-due";
    public const string TalkFollowUp = "talk-follow-up";
    public const string PreAuditTalkDue = "preaudit-talk-due";
    public const string PreAuditReminder = "preaudit-reminder";
    public const string PreAuditTalkMissing = "preaudit-talk-missing";
    public const string DisciplineNotice = "discipline-notice";
    public const string ExecutionReportDue = "execution-report-due";
    public const string ExecutionReport = "execution-report";
    public const string AuditFeedback = "audit-feedback";
    public const string FollowUp = "follow-up";
    public const string IdentityNotice = "identity-notice";
    public const string DeclinedOffer = "declined-offer";
    public const string DocumentCustody = "document-custody";
}
