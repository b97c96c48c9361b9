namespace Lianzheng.Core.Messaging;

/// <summary>The ids of the dialogs that messages from outside a conversation (reminders, notices) open with a button.</summary>
public static class DialogIds
{
    public const string FollowUp = "follow-up";
    public const string ReviewFiling = "review-filing";
    public const string AmendFiling = "amend-filing";
    public const string RecordTalk = "record-talk";
    public const string TalkProgress = "talk-progress";
    public const string SendIntegrityMessage = "send-integrity-message";
    public const string RegisterAuditProject = "register-audit-project";
    public const string ExecutionReport = "execution-report";
    public const string Workbench = "workbench";
    public const string ConfirmationStatus = "confirmation-status";
    public const string AuditDiscipline = "audit-discipline";
    public const string DeclineOffer = "decline-offer";
    public const string MyDeclinedOffers = "my-declined-offers";
    public const string DrawDocument = "draw-document";
    public const string ReturnDocument = "return-document";
}
