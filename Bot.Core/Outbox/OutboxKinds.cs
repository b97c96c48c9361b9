namespace Lianzheng.Core.Outbox;

/// <summary>The kinds of outbox messages.</summary>
public static class OutboxKinds
{
    public const string FilingNotice = "filing-notice";
    public const string HolidayMessage = "holiday";
    public const string IntegrityMessage = "integrity";
    public const string Reminder = "reminder";
    public const string TalkDue = "talk-due";
    public const string PreAuditTalkDue = "preaudit-talk-due";
    public const string PreAuditReminder = "preaudit-reminder";
    public const string FollowUp = "follow-up";
    public const string IdentityNotice = "identity-notice";
    public const string DocumentCustody = "document-custody";
}
