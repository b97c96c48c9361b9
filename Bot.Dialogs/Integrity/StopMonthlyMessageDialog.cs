using System.Globalization;
using Lianzheng.Core.Announcements;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Integrity;

/// <summary>停止定期提醒: a supervisor stops one of the monthly messages he set.</summary>
public sealed class StopMonthlyMessageDialog : BotDialog
{
    private const string ChoicesKey = "choices";

    private readonly AnnouncementService _messages;

    public StopMonthlyMessageDialog(AnnouncementService messages)
        : base("stop-monthly-message")
    {
        _messages = messages;
        AddDialog(new WaterfallDialog(Id + ".steps", [PickAsync, StopAsync]));
        AddPrompts();
    }

    public override string Name => IntegrityDialogTexts.StopMonthlyName;

    public override string HelpLine => IntegrityDialogTexts.StopMonthlyHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [IntegrityDialogTexts.StopMonthlyName, "取消定期提醒"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.IntegritySupervisor);

    private async Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var monthly = await _messages.RecurringOfAsync(step.Turn.User.Id, cancellationToken);
        if (monthly.Count == 0)
        {
            step.Turn.Send(IntegrityDialogTexts.NoMonthly);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var choices = monthly.ToDictionary(m => string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.StatusMonthlyLine, m.Id, m.Title, m.DayOfMonth), m => m.Id);
        step.Values.Set(ChoicesKey, choices);
        return await step.PromptAsync(PromptIds.Choice, new PromptOptions
        {
            Prompt = new OutboundMessage(IntegrityDialogTexts.AskWhichMonthly),
            Choices = [.. choices.Keys],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> StopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var id = step.Values.GetRequired<Dictionary<string, int>>(ChoicesKey)[(string)step.Result!];
        await _messages.StopAsync(step.Turn.User.Id, id, cancellationToken);
        step.Turn.Send(string.Format(CultureInfo.InvariantCulture, IntegrityDialogTexts.MonthlyStopped, id));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
