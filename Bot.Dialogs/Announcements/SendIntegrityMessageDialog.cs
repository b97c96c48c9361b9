using Lianzheng.Core.Announcements;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Announcements;

/// <summary>发送廉政提醒: an integrity supervisor writes a message (title, text), picks the audience (everyone, a section,
/// the leaders), whether it must be confirmed and whether it goes now or every month, checks it and sends (or sets) it;
/// each recipient gets it on his channels.</summary>
public sealed class SendIntegrityMessageDialog : BotDialog
{
    public const string DialogId = DialogIds.SendIntegrityMessage;
    private const string StepsId = DialogId + ".steps";
    private const string TitleKey = "title";
    private const string TextKey = "text";
    private const string AudienceKey = "audience";
    private const string SectionKey = "section";
    private const string ConfirmKey = "confirm";
    private const string SubmissionKey = "submission";
    private const string DayKey = "day";
    private const string OnceValue = "once";
    private const string MonthlyValue = "monthly";

    private readonly AnnouncementService _messages;
    private readonly StaffDirectory _directory;

    public SendIntegrityMessageDialog(AnnouncementService messages, StaffDirectory directory)
        : base(DialogId)
    {
        _messages = messages;
        _directory = directory;
        AddDialog(new WaterfallDialog(StepsId,
            [AskTitleAsync, AskTextAsync, AskAudienceAsync, AskSectionAsync, AskConfirmationAsync, AskScheduleAsync, AskDayAsync, ReviewAsync, SendAsync]));
        AddPrompts();
    }

    public override string Name => AnnouncementDialogTexts.SendMessageName;

    public override string HelpLine => AnnouncementDialogTexts.SendMessageHelp;

    public override IReadOnlyList<string> Keywords => [AnnouncementDialogTexts.SendMessageName, "廉政提醒", "发提醒"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.IntegritySupervisor);

    public override IReadOnlyList<StaffRole>? ReservedFor => [StaffRole.IntegritySupervisor];

    private static Task<DialogTurnResult> AskTitleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(SubmissionKey, AnnouncementService.Key(Guid.NewGuid()));
        return step.PromptAsync(PromptIds.Text, TextPromptOptions.Ask(
            AnnouncementDialogTexts.AskMessageTitle, AnnouncementDialogTexts.ExampleMessageTitle, 40, AnnouncementDialogTexts.SendMessageTitle),
            cancellationToken);
    }

    private static Task<DialogTurnResult> AskTextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(TitleKey, (string)step.Result!);
        return step.PromptAsync(PromptIds.Text,
            TextPromptOptions.Ask(AnnouncementDialogTexts.AskMessageText, AnnouncementDialogTexts.ExampleMessageText, 1000), cancellationToken);
    }

    private static Task<DialogTurnResult> AskAudienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(TextKey, (string)step.Result!);
        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(AnnouncementDialogTexts.AskAudience,
        [
            Choice.Of(Audience.Everyone, AnnouncementDialogTexts.AudienceEveryone),
            Choice.Of(Audience.Section, AnnouncementDialogTexts.AudienceSection),
            Choice.Of(Audience.Leaders, AnnouncementDialogTexts.AudienceLeaders),
        ]), cancellationToken);
    }

    private async Task<DialogTurnResult> AskSectionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var audience = ((FoundChoice)step.Result!).As<Audience>();
        step.Values.Set(AudienceKey, audience);
        if (audience != Audience.Section)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var sections = await _directory.SectionNamesAsync(cancellationToken);
        // A section is known by its name in the directory (SectionIdAsync looks it up): the name is the value.
        return await step.PromptAsync(PromptIds.Choice,
            ChoicePromptOptions.Ask(AnnouncementDialogTexts.AskSection, sections.Select(s => new Choice(s, s))), cancellationToken);
    }

    private static Task<DialogTurnResult> AskConfirmationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice section)
        {
            step.Values.Set(SectionKey, section.Value);
        }

        return step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(AnnouncementDialogTexts.AskNeedsConfirmation), cancellationToken);
    }

    private static Task<DialogTurnResult> AskScheduleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(ConfirmKey, (bool)step.Result!);
        return step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(AnnouncementDialogTexts.AskSchedule,
        [
            new Choice(OnceValue, AnnouncementDialogTexts.SendOnce),
            new Choice(MonthlyValue, AnnouncementDialogTexts.SendMonthly),
        ]), cancellationToken);
    }

    private static Task<DialogTurnResult> AskDayAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        ((FoundChoice)step.Result!).Value == MonthlyValue
            ? step.PromptAsync(PromptIds.Number, NumberPromptOptions.Ask(AnnouncementDialogTexts.AskDayOfMonth, "1", 1, 28), cancellationToken)
            : step.NextAsync(null, cancellationToken);

    private async Task<DialogTurnResult> ReviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is int day)
        {
            step.Values.Set(DayKey, day);
        }

        var confirm = step.Values.GetRequired<bool>(ConfirmKey);
        var recipients = await RecipientsAsync(step, cancellationToken);
        if (recipients.Count == 0)
        {
            step.Turn.Send(AnnouncementDialogTexts.NobodyInAudience);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var confirmation = confirm ? AnnouncementDialogTexts.WithConfirmation : AnnouncementDialogTexts.WithoutConfirmation;
        var text = step.Values.Has(DayKey)
            ? AnnouncementDialogTexts.ReviewMonthly(AudienceName(step), recipients.Count, confirmation, step.Values.Get<int>(DayKey))
            : AnnouncementDialogTexts.ReviewMessage(AudienceName(step), recipients.Count, confirmation);
        return await step.PromptAsync(PromptIds.Confirm, new ConfirmPromptOptions
        {
            Prompt = new OutboundMessage(text, step.Values.GetRequired<string>(TitleKey),
                [new Fact(AnnouncementDialogTexts.SendMessageName, step.Values.GetRequired<string>(TextKey))]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SendAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(AnnouncementDialogTexts.MessageNotSent);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var confirmLabel = step.Values.GetRequired<bool>(ConfirmKey) ? AnnouncementDialogTexts.ConfirmLabel : null;
        if (step.Values.Has(DayKey))
        {
            var (audience, sectionId) = await AudienceOfAsync(step, cancellationToken);
            var monthly = await _messages.ScheduleMonthlyAsync(step.Turn.User, step.Values.GetRequired<string>(TitleKey), step.Values.GetRequired<string>(TextKey),
                audience, sectionId, confirmLabel, step.Values.GetRequired<int>(DayKey), cancellationToken);
            step.Turn.Send(AnnouncementDialogTexts.MonthlyScheduled(monthly.Id, monthly.DayOfMonth));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var recipients = await RecipientsAsync(step, cancellationToken);
        await _messages.SendAsync(
            step.Turn.User, step.Values.GetRequired<string>(TitleKey), step.Values.GetRequired<string>(TextKey), recipients,
            confirmLabel, step.Values.GetRequired<string>(SubmissionKey), cancellationToken);
        step.Turn.Send(new OutboundMessage(AnnouncementDialogTexts.MessageQueued(recipients.Count),
            Buttons: [new MessageButton(AnnouncementDialogTexts.StatusName, Actions.Start(ConfirmationStatusDialog.DialogId))]));
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<List<int>> RecipientsAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var (audience, sectionId) = await AudienceOfAsync(step, cancellationToken);
        return await _messages.AudienceAsync(audience, sectionId, cancellationToken);
    }

    private async Task<(Audience Audience, int? SectionId)> AudienceOfAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var audience = step.Values.GetRequired<Audience>(AudienceKey);
        if (audience != Audience.Section)
        {
            return (audience, null);
        }

        var name = step.Values.GetRequired<string>(SectionKey);
        var sectionId = await _directory.SectionIdAsync(name, cancellationToken);
        return (audience, sectionId);
    }

    private static string AudienceName(WaterfallStepContext step) => step.Values.GetRequired<Audience>(AudienceKey) switch
    {
        Audience.Section => step.Values.GetRequired<string>(SectionKey),
        Audience.Leaders => AnnouncementDialogTexts.AudienceLeaders,
        _ => AnnouncementDialogTexts.AudienceEveryone,
    };
}
