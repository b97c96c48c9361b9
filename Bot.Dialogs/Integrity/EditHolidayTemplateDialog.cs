using System.Globalization;
using System.Text.Json.Nodes;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Texts;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Integrity;

/// <summary>节日提醒模板: an integrity supervisor reads a holiday's message text as it is and as it will go out this
/// year, and replaces it (placeholders checked, a preview to confirm) or puts the default back.</summary>
public sealed class EditHolidayTemplateDialog : BotDialog
{
    private const string KeyKey = "key";
    private const string TextKey = "text";
    private const string TextPromptId = "template-text";

    private readonly HolidayTemplates _templates;
    private readonly HolidayCalendarStore _calendars;
    private readonly IOptions<HolidayOptions> _holidayOptions;

    public EditHolidayTemplateDialog(HolidayTemplates templates, HolidayCalendarStore calendars, IOptions<HolidayOptions> holidayOptions)
        : base("edit-holiday-template")
    {
        _templates = templates;
        _calendars = calendars;
        _holidayOptions = holidayOptions;
        AddDialog(new WaterfallDialog(Id + ".steps", [AskHolidayAsync, ShowAsync, DecideAsync, PreviewAsync, SaveAsync]));
        AddDialog(new TextPrompt(TextPromptId, static context =>
        {
            var unknown = HolidayTemplates.UnknownPlaceholders(context.Value);
            return unknown.Count == 0 ? null : string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.TemplateUnknownPlaceholders, string.Join(" ", unknown));
        }));
        AddPrompts();
    }

    public override string Name => IntegrityDialogTexts.TemplateName;

    public override string HelpLine => IntegrityDialogTexts.TemplateHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [IntegrityDialogTexts.TemplateName, "提醒模板", "节日模板"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.IntegritySupervisor);

    private static Task<DialogTurnResult> AskHolidayAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Prompt = new OutboundMessage(IntegrityDialogTexts.AskTemplateHoliday, IntegrityDialogTexts.TemplateTitle),
            Choices = [.. HolidayKeys.All.Select(HolidayTexts.Name)],
        }, cancellationToken);

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var key = HolidayKeys.All.First(k => HolidayTexts.Name(k) == (string)step.Result!);
        step.Values.Set(KeyKey, key);
        var (text, custom) = await _templates.GetAsync(key, cancellationToken);
        var shown = string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.TemplateCurrent, HolidayTexts.Name(key),
            custom ? IntegrityDialogTexts.TemplateCustom : IntegrityDialogTexts.TemplateDefault, text, await PreviewOfAsync(step, key, text, cancellationToken));
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Prompt = new OutboundMessage(shown),
            Choices = custom
                ? [IntegrityDialogTexts.TemplateEdit, IntegrityDialogTexts.TemplateReset, IntegrityDialogTexts.TemplateKeep]
                : [IntegrityDialogTexts.TemplateEdit, IntegrityDialogTexts.TemplateKeep],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var key = step.Values.GetRequired<string>(KeyKey);
        switch ((string)step.Result!)
        {
            case IntegrityDialogTexts.TemplateEdit:
                return await step.PromptAsync(TextPromptId, PromptOptions.Ask(IntegrityDialogTexts.AskTemplateText, IntegrityDialogTexts.ExampleTemplate,
                    new JsonObject { ["maxLength"] = HolidayTemplates.MaxLength }), cancellationToken);
            case IntegrityDialogTexts.TemplateReset:
                await _templates.ResetAsync(key, cancellationToken);
                step.Turn.Send(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.TemplateWasReset, HolidayTexts.Name(key)));
                return await step.EndDialogAsync(null, cancellationToken);
            default:
                step.Turn.Send(IntegrityDialogTexts.TemplateUnchanged);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> PreviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = (string)step.Result!;
        step.Values.Set(TextKey, text);
        var preview = await PreviewOfAsync(step, step.Values.GetRequired<string>(KeyKey), text, cancellationToken);
        return await step.PromptAsync(PromptIds.Confirm, PromptOptions.Ask(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.ConfirmTemplate, preview)),
            cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var key = step.Values.GetRequired<string>(KeyKey);
        if ((bool)step.Result!)
        {
            await _templates.SetAsync(key, step.Values.GetRequired<string>(TextKey), step.Turn.User, cancellationToken);
            step.Turn.Send(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.TemplateSaved, HolidayTexts.Name(key)));
        }
        else
        {
            step.Turn.Send(IntegrityDialogTexts.TemplateUnchanged);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The text filled in for this holiday's next occurrence (this year's, or next year's once it has passed).</summary>
    private async Task<string> PreviewOfAsync(WaterfallStepContext step, string key, string text, CancellationToken cancellationToken)
    {
        var calendar = await _calendars.LoadAsync(cancellationToken);
        var workdaysBefore = _holidayOptions.Value.WorkdaysBefore;
        var today = step.Turn.Today;
        var node = new[] { today.Year, today.Year + 1 }.SelectMany(y => calendar.NodesOf(y, workdaysBefore))
            .First(n => n.Key == key && n.LastOffDay >= today);
        return _templates.Fill(text, HolidayTexts.Name(key), node.FirstOffDay, node.LastOffDay);
    }
}
