using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Holidays;

/// <summary>节日提醒模板: an integrity supervisor reads a holiday's message text as it is and as it will go out this
/// year, and replaces it (placeholders checked, a preview to confirm) or puts the default back.</summary>
public sealed class EditHolidayTemplateDialog : BotDialog
{
    public const string DialogId = "edit-holiday-template";
    private const string StepsId = DialogId + ".steps";
    // Kept as it was stored before the ids had one convention, so a template being typed survives an upgrade.
    private const string TextPromptId = "template-text";
    private const string KeyKey = "key";
    private const string TextKey = "text";
    private const string EditValue = "edit";
    private const string ResetValue = "reset";
    private const string KeepValue = "keep";

    private readonly HolidayTemplates _templates;

    public EditHolidayTemplateDialog(HolidayTemplates templates)
        : base(DialogId)
    {
        _templates = templates;
        AddDialog(new WaterfallDialog(StepsId, [AskHolidayAsync, ShowAsync, DecideAsync, PreviewAsync, SaveAsync]));
        AddDialog(new TextPrompt(TextPromptId, static context =>
        {
            var unknown = HolidayTemplates.UnknownPlaceholders(context.Value);
            return unknown.Count == 0 ? null : HolidayDialogTexts.TemplateUnknownPlaceholders(string.Join(" ", unknown));
        }));
        AddPrompts();
    }

    public override string Name => HolidayDialogTexts.TemplateName;

    public override string HelpLine => HolidayDialogTexts.TemplateHelp;

    public override IReadOnlyList<string> Keywords => [HolidayDialogTexts.TemplateName, "提醒模板", "节日模板"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.IntegritySupervisor);

    public override IReadOnlyList<StaffRole>? ReservedFor => [StaffRole.IntegritySupervisor];

    private static Task<DialogTurnResult> AskHolidayAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(HolidayDialogTexts.AskTemplateHoliday,
            HolidayKeys.All.Select(k => new Choice(k, HolidayTexts.Name(k))), HolidayDialogTexts.TemplateTitle), cancellationToken);

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var key = ((FoundChoice)step.Result!).Value;
        step.Values.Set(KeyKey, key);
        var (text, custom) = await _templates.GetAsync(key, cancellationToken);
        var shown = HolidayDialogTexts.TemplateCurrent(HolidayTexts.Name(key),
            custom ? HolidayDialogTexts.TemplateCustom : HolidayDialogTexts.TemplateDefault, text, await PreviewOfAsync(step, key, text, cancellationToken));
        Choice edit = new(EditValue, HolidayDialogTexts.TemplateEdit);
        Choice reset = new(ResetValue, HolidayDialogTexts.TemplateReset);
        Choice keep = new(KeepValue, HolidayDialogTexts.TemplateKeep);
        return await step.PromptAsync(PromptIds.Choice,
            ChoicePromptOptions.Ask(shown, custom ? [edit, reset, keep] : [edit, keep]), cancellationToken);
    }

    private async Task<DialogTurnResult> DecideAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var key = step.Values.GetRequired<string>(KeyKey);
        switch (((FoundChoice)step.Result!).Value)
        {
            case EditValue:
                return await step.PromptAsync(TextPromptId, TextPromptOptions.Ask(
                    HolidayDialogTexts.AskTemplateText, HolidayDialogTexts.ExampleTemplate, HolidayTemplates.MaxLength), cancellationToken);
            case ResetValue:
                await _templates.ResetAsync(key, step.Turn.User, cancellationToken);
                step.Turn.Send(HolidayDialogTexts.TemplateWasReset(HolidayTexts.Name(key)));
                return await step.EndDialogAsync(null, cancellationToken);
            default:
                step.Turn.Send(HolidayDialogTexts.TemplateUnchanged);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> PreviewAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = (string)step.Result!;
        step.Values.Set(TextKey, text);
        var preview = await PreviewOfAsync(step, step.Values.GetRequired<string>(KeyKey), text, cancellationToken);
        return await step.PromptAsync(PromptIds.Confirm, ConfirmPromptOptions.Ask(HolidayDialogTexts.ConfirmTemplate(preview)), cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var key = step.Values.GetRequired<string>(KeyKey);
        if ((bool)step.Result!)
        {
            await _templates.SetAsync(key, step.Values.GetRequired<string>(TextKey), step.Turn.User, cancellationToken);
            step.Turn.Send(HolidayDialogTexts.TemplateSaved(HolidayTexts.Name(key)));
        }
        else
        {
            step.Turn.Send(HolidayDialogTexts.TemplateUnchanged);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>The text filled in for this holiday's next occurrence (this year's, or next year's once it has passed).</summary>
    private Task<string> PreviewOfAsync(WaterfallStepContext step, string key, string text, CancellationToken cancellationToken) =>
        _templates.PreviewAsync(key, text, step.Turn.Today, cancellationToken);
}
