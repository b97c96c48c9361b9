using Lianzheng.Core.Announcements;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/messages/new, 新建提醒 for the 廉政监督员: the message 发送廉政提醒 sends in chat (title, text, to
/// everyone, a section or the leaders, with or without confirmation), sent by the same service. A preview shows the text
/// and how many people it goes to before anything is sent; the preview's submission key makes a form sent twice send once.</summary>
public sealed class NewMessageModel(WorkbenchRecords records, AnnouncementService announcements, StaffDirectory directory) : MessagePageModel(records)
{
    public const int MaxTitle = 40;
    public const int MaxText = 1000;

    [BindProperty]
    public string? MessageTitle { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public Audience Audience { get; set; } = Audience.Everyone;

    [BindProperty]
    public string? Section { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    [BindProperty]
    public string? Submission { get; set; }

    public IReadOnlyList<string> Sections { get; private set; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>Set on the preview: how many people the message goes to.</summary>
    public int? AudienceCount { get; private set; }

    public string AudienceName => Audience switch
    {
        Audience.Section => Section ?? "",
        Audience.Leaders => WorkbenchTexts.AudienceLeaders,
        _ => WorkbenchTexts.AudienceEveryone,
    };

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadActorAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Confirm = true;
        Sections = await directory.SectionNamesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(CancellationToken cancellationToken)
    {
        if (await LoadActorAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Sections = await directory.SectionNamesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (await LoadActorAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        Sections = await directory.SectionNamesAsync(cancellationToken);
        if (await RecipientsAsync(cancellationToken) is { } recipients)
        {
            AudienceCount = recipients.Count;
            Submission = AnnouncementService.Key(Guid.NewGuid());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (await LoadActorAsync(cancellationToken) is { } ended)
        {
            return ended;
        }

        if (!MessageDetailModel.IsSubmissionKey(Submission))
        {
            return BadRequest(WorkbenchTexts.BadSubmission);
        }

        Sections = await directory.SectionNamesAsync(cancellationToken);
        if (await RecipientsAsync(cancellationToken) is not { } recipients)
        {
            return Page();
        }

        var message = await announcements.SendAsync(Viewer, MessageTitle!.Trim(), Text!.Trim(), recipients,
            Confirm ? AnnouncementTexts.ConfirmLabel : null, Submission!, cancellationToken);
        return Redirect(MessageDetailModel.Address(message.Id) + "?done=" + MessageDetailModel.SentNotice);
    }

    /// <summary>The people the form's audience holds, as the chat dialog finds them; null (with <see cref="Errors"/>) when the form is not complete.</summary>
    private async Task<List<int>?> RecipientsAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(MessageTitle) || MessageTitle.Trim().Length > MaxTitle)
        {
            Errors.Add(WorkbenchTexts.TitleRequired);
        }

        if (string.IsNullOrWhiteSpace(Text) || Text.Trim().Length > MaxText)
        {
            Errors.Add(WorkbenchTexts.TextRequired);
        }

        if (!Enum.IsDefined(Audience))
        {
            Audience = Audience.Everyone;
        }

        int? sectionId = null;
        if (Audience == Audience.Section && (Section is null || !Sections.Contains(Section) || (sectionId = await directory.SectionIdAsync(Section, cancellationToken)) is null))
        {
            Errors.Add(WorkbenchTexts.SectionRequired);
        }

        if (Errors.Count > 0)
        {
            return null;
        }

        var recipients = await announcements.AudienceAsync(Audience, sectionId, cancellationToken);
        if (recipients.Count == 0)
        {
            Errors.Add(WorkbenchTexts.NobodyInAudience);
            return null;
        }

        return recipients;
    }
}
