using System.Globalization;
using Lianzheng.Core.Announcements;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Announcements;

/// <summary>确认情况: who has not yet confirmed the messages of the bureau (a supervisor; others the messages they sent) and who has not yet committed to the
/// discipline on the audit projects one leads or registered (a team leader) — for a 廉政监督员 every current project.</summary>
public sealed class ConfirmationStatusDialog : BotDialog
{
    public const string DialogId = DialogIds.ConfirmationStatus;
    private const string StepsId = DialogId + ".steps";

    /// <summary>Messages shown at a time.</summary>
    public const int PageSize = 5;

    private readonly AnnouncementService _messages;
    private readonly AuditProjectService _projects;

    public ConfirmationStatusDialog(AnnouncementService messages, AuditProjectService projects)
        : base(DialogId)
    {
        _messages = messages;
        _projects = projects;
        AddDialog(new WaterfallDialog(StepsId, [ShowAsync]));
    }

    public override string Name => AnnouncementDialogTexts.StatusName;

    public override string HelpLine => AnnouncementDialogTexts.StatusHelp;

    public override bool InMenu => false;

    public override IReadOnlyList<string> Keywords => [AnnouncementDialogTexts.StatusName, "谁没确认", "确认情况查询"];

    public override bool IsAvailableTo(Staff staff) =>
        staff.HasRole(StaffRole.IntegritySupervisor) || staff.HasRole(StaffRole.AuditTeamLeader) || staff.HasRole(StaffRole.Leader);

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        // A 廉政监督员 sees every message of the bureau that asks for confirmation, a page at a time (更多 opens the next);
        // anyone else the latest he sent himself.
        // A page from a button's argument, within what (page - 1) × PageSize can count without overflowing.
        var page = Math.Clamp(step.IdArgument() ?? 1, 1, int.MaxValue / PageSize);
        var supervisor = step.Turn.User.HasRole(StaffRole.IntegritySupervisor);
        var (messages, more) = supervisor
            ? await _messages.ConfirmableAsync((page - 1) * PageSize, PageSize, cancellationToken)
            : (await _messages.SentByAsync(step.Turn.User.Id, PageSize, cancellationToken), false);
        var lines = new List<string>();
        foreach (var sent in messages)
        {
            lines.Add(AnnouncementDialogTexts.StatusLine(sent.Message.Title,
                DomainNames.Date(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sent.Message.CreatedAt, step.Turn.TimeZone).DateTime)), sent.Confirmed, sent.Recipients));
            if (sent.Pending.Count > 0)
            {
                lines.Add(AnnouncementDialogTexts.StatusPending(string.Join("、", sent.Pending)));
            }
        }

        if (page > 1)
        {
            step.Turn.Send(new OutboundMessage(lines.Count == 0 ? AnnouncementDialogTexts.StatusNoMore : string.Join("\n", lines),
                AnnouncementDialogTexts.StatusPageTitle(page), Buttons: MoreButtons(page, more)));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        foreach (var monthly in await _messages.RecurringOfAsync(step.Turn.User.Id, cancellationToken))
        {
            lines.Add(AnnouncementDialogTexts.StatusMonthlyLine(monthly.Id, monthly.Title, monthly.DayOfMonth));
        }

        foreach (var project in await _projects.OfAsync(step.Turn.User, cancellationToken))
        {
            var team = await _projects.ConfirmationsAsync(project.Id, cancellationToken);
            var state = team is { ReminderSent: true }
                ? AnnouncementDialogTexts.StatusProjectCommitted(team.Confirmed.Count, team.Confirmed.Count + team.Pending.Count)
                : AnnouncementDialogTexts.StatusProjectWaitingTalk;
            lines.Add(AnnouncementDialogTexts.StatusProjectLine(project.Name, DomainNames.Date(project.StartDate), state));
            if (team is { ReminderSent: true, Pending.Count: > 0 })
            {
                lines.Add(AnnouncementDialogTexts.StatusUncommitted(string.Join("、", team.Pending.Select(s => s.Name))));
            }
        }

        step.Turn.Send(new OutboundMessage(lines.Count == 0 ? AnnouncementDialogTexts.StatusNone : string.Join("\n", lines), AnnouncementDialogTexts.StatusTitle,
            Buttons: MoreButtons(page, more)));
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>更多 when another page follows, and past the first page where the whole list is (the 工作台).</summary>
    private static IReadOnlyList<MessageButton>? MoreButtons(int page, bool more)
    {
        var workbench = new MessageButton(AnnouncementDialogTexts.StatusWorkbench, Actions.Start(DialogIds.Workbench));
        return more
            ? [new MessageButton(AnnouncementDialogTexts.StatusMore, Actions.Start(DialogId, (page + 1).ToString(CultureInfo.InvariantCulture))), workbench]
            : page > 1 ? [workbench] : null;
    }
}
