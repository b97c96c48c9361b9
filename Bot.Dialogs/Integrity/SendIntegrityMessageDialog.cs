using System.Globalization;
using System.Text.Json.Nodes;
using Lianzheng.Core.Announcements;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Integrity;

/// <summary>发送廉政提醒: an integrity supervisor writes a message (title, text), picks the audience (everyone, a section,
/// the leaders), whether it must be confirmed and whether it goes now or every month, checks it and sends (or sets) it;
/// each recipient gets it on his channels.</summary>
public sealed class SendIntegrityMessageDialog : BotDialog
{
    private const string TitleKey = "title";
    private const string TextKey = "text";
    private const string AudienceKey = "audience";
    private const string SectionKey = "section";
    private const string ConfirmKey = "confirm";
    private const string SubmissionKey = "submission";
    private const string DayKey = "day";

    private readonly AnnouncementService _messages;
    private readonly StaffDirectory _directory;

    public SendIntegrityMessageDialog(AnnouncementService messages, StaffDirectory directory)
        : base(DialogIds.SendIntegrityMessage)
    {
        _messages = messages;
        _directory = directory;
        AddDialog(new WaterfallDialog(Id + ".steps",
            [AskTitleAsync, AskTextAsync, AskAudienceAsync, AskSectionAsync, AskConfirmationAsync, AskScheduleAsync, AskDayAsync, ReviewAsync, SendAsync]));
        AddPrompts();
    }

    public override string Name => IntegrityDialogTexts.SendMessageName;

    public override string HelpLine => IntegrityDialogTexts.SendMessageHelp;

    public override IReadOnlyList<string> Keywords => [IntegrityDialogTexts.SendMessageName, "廉政提醒", "发提醒"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.IntegritySupervisor);

    private static Task<DialogTurnResult> AskTitleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(SubmissionKey, AnnouncementService.Key(Guid.NewGuid()));
        return step.PromptAsync(PromptIds.Text, PromptOptions.Ask(IntegrityDialogTexts.AskMessageTitle, IntegrityDialogTexts.ExampleMessageTitle,
            new JsonObject { ["maxLength"] = 40 }, IntegrityDialogTexts.SendMessageTitle), cancellationToken);
    }

    private static Task<DialogTurnResult> AskTextAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(TitleKey, (string)step.Result!);
        return step.PromptAsync(PromptIds.Text, PromptOptions.Ask(IntegrityDialogTexts.AskMessageText, IntegrityDialogTexts.ExampleMessageText,
            new JsonObject { ["maxLength"] = 1000 }), cancellationToken);
    }

    private static Task<DialogTurnResult> AskAudienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(TextKey, (string)step.Result!);
        return step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Prompt = new OutboundMessage(IntegrityDialogTexts.AskAudience),
            Choices = [IntegrityDialogTexts.AudienceEveryone, IntegrityDialogTexts.AudienceSection, IntegrityDialogTexts.AudienceLeaders],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskSectionAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var audience = (string)step.Result! switch
        {
            IntegrityDialogTexts.AudienceSection => Audience.Section,
            IntegrityDialogTexts.AudienceLeaders => Audience.Leaders,
            _ => Audience.Everyone,
        };
        step.Values.Set(AudienceKey, audience);
        if (audience != Audience.Section)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var sections = await _directory.SectionNamesAsync(cancellationToken);
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions { Prompt = new OutboundMessage(IntegrityDialogTexts.AskSection), Choices = sections }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskConfirmationAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string section)
        {
            step.Values.Set(SectionKey, section);
        }

        return step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(IntegrityDialogTexts.AskNeedsConfirmation), cancellationToken);
    }

    private static Task<DialogTurnResult> AskScheduleAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values.Set(ConfirmKey, (bool)step.Result!);
        return step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Prompt = new OutboundMessage(IntegrityDialogTexts.AskSchedule),
            Choices = [IntegrityDialogTexts.SendOnce, IntegrityDialogTexts.SendMonthly],
        }, cancellationToken);
    }

    private static Task<DialogTurnResult> AskDayAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        (string)step.Result! == IntegrityDialogTexts.SendMonthly
            ? step.PromptAsync(PromptIds.Number, PromptOptions.Ask(IntegrityDialogTexts.AskDayOfMonth, "1", new JsonObject { ["min"] = 1, ["max"] = 28 }), cancellationToken)
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
            step.Turn.Send(IntegrityDialogTexts.NobodyInAudience);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var text = string.Format(CultureInfo.InvariantCulture,
            step.Values.Has(DayKey) ? IntegrityDialogTexts.ReviewMonthly : IntegrityDialogTexts.ReviewMessage, AudienceName(step), recipients.Count,
            confirm ? IntegrityDialogTexts.WithConfirmation : IntegrityDialogTexts.WithoutConfirmation, step.Values.Get<int>(DayKey));
        return await step.PromptAsync(PromptIds.Confirm, new PromptOptions
        {
            Prompt = new OutboundMessage(text, step.Values.GetRequired<string>(TitleKey), [new Fact(IntegrityDialogTexts.SendMessageName, step.Values.GetRequired<string>(TextKey))]),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SendAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (!(bool)step.Result!)
        {
            step.Turn.Send(IntegrityDialogTexts.MessageNotSent);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var confirmLabel = step.Values.GetRequired<bool>(ConfirmKey) ? IntegrityDialogTexts.ConfirmLabel : null;
        if (step.Values.Has(DayKey))
        {
            var (audience, sectionId) = await AudienceOfAsync(step, cancellationToken);
            var monthly = await _messages.ScheduleMonthlyAsync(step.Turn.User, step.Values.GetRequired<string>(TitleKey), step.Values.GetRequired<string>(TextKey),
                audience, sectionId, confirmLabel, step.Values.GetRequired<int>(DayKey), cancellationToken);
            step.Turn.Send(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.MonthlyScheduled, monthly.Id, monthly.DayOfMonth));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var recipients = await RecipientsAsync(step, cancellationToken);
        await _messages.SendAsync(
            step.Turn.User, step.Values.GetRequired<string>(TitleKey), step.Values.GetRequired<string>(TextKey), recipients,
            confirmLabel, step.Values.GetRequired<string>(SubmissionKey), cancellationToken);
        step.Turn.Send(new OutboundMessage(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.MessageQueued, recipients.Count),
            Buttons: [new MessageButton(IntegrityDialogTexts.StatusName, Actions.Start(DialogIds.ConfirmationStatus))]));
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
        Audience.Leaders => IntegrityDialogTexts.AudienceLeaders,
        _ => IntegrityDialogTexts.AudienceEveryone,
    };
}
