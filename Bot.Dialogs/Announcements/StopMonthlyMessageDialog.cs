using Lianzheng.Core.Announcements;
using Lianzheng.Core.Personnel;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Prompts;

namespace Lianzheng.Dialogs.Announcements;

/// <summary>停止定期提醒: a supervisor stops one of the monthly messages he set.</summary>
public sealed class StopMonthlyMessageDialog : BotDialog
{
    public const string DialogId = "stop-monthly-message";
    private const string StepsId = DialogId + ".steps";

    private readonly AnnouncementService _messages;

    public StopMonthlyMessageDialog(AnnouncementService messages)
        : base(DialogId)
    {
        _messages = messages;
        AddDialog(new WaterfallDialog(StepsId, [PickAsync, StopAsync]));
        AddPrompts();
    }

    public override string Name => AnnouncementDialogTexts.StopMonthlyName;

    public override string HelpLine => AnnouncementDialogTexts.StopMonthlyHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [AnnouncementDialogTexts.StopMonthlyName, "取消定期提醒"];

    public override bool IsAvailableTo(Staff staff) => staff.HasRole(StaffRole.IntegritySupervisor);

    public override IReadOnlyList<StaffRole>? ReservedFor => [StaffRole.IntegritySupervisor];

    private async Task<DialogTurnResult> PickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var monthly = await _messages.RecurringOfAsync(step.Turn.User.Id, cancellationToken);
        if (monthly.Count == 0)
        {
            step.Turn.Send(AnnouncementDialogTexts.NoMonthly);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await step.PromptAsync(PromptIds.Choice, ChoicePromptOptions.Ask(AnnouncementDialogTexts.AskWhichMonthly,
            monthly.Select(m => Choice.Of(m.Id, AnnouncementDialogTexts.StatusMonthlyLine(m.Id, m.Title, m.DayOfMonth)))), cancellationToken);
    }

    private async Task<DialogTurnResult> StopAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var id = ((FoundChoice)step.Result!).Id;
        await _messages.StopAsync(step.Turn.User.Id, id, cancellationToken);
        step.Turn.Send(AnnouncementDialogTexts.MonthlyStopped(id));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
