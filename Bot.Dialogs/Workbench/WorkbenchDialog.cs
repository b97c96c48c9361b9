using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Lianzheng.Dialogs.Engine;
using Microsoft.Extensions.Options;

namespace Lianzheng.Dialogs.Workbench;

/// <summary>工作台: answers with a one-time sign-in link to the web workbench, bound to the one who asked, on any channel.
/// The link is in the text as well as on the button, for a channel or client that shows no link buttons.</summary>
public sealed class WorkbenchDialog : BotDialog
{
    public const string DialogId = DialogIds.Workbench;
    private const string StepsId = DialogId + ".steps";

    private readonly SignInTickets _tickets;
    private readonly IOptions<BureauOptions> _bureau;
    private readonly IOptions<WorkbenchOptions> _options;

    public WorkbenchDialog(SignInTickets tickets, IOptions<BureauOptions> bureau, IOptions<WorkbenchOptions> options)
        : base(DialogId)
    {
        _tickets = tickets;
        _bureau = bureau;
        _options = options;
        AddDialog(new WaterfallDialog(StepsId, [SendLinkAsync]));
    }

    public override string Name => WorkbenchDialogTexts.Name;

    public override string HelpLine => WorkbenchDialogTexts.Help;

    public override IReadOnlyList<string> Keywords => [WorkbenchDialogTexts.Name, "登录工作台", "网页版"];

    /// <summary>Those who oversee others' records (the 廉政监督员, the 党组书记, the 派驻纪检监察组, the 班子成员) find the
    /// 工作台 as their menu's first button; everyone else finds it further down his menu.</summary>
    public override bool FirstInMenuFor(Staff staff) =>
        staff.HasRole(StaffRole.IntegritySupervisor) || staff.HasRole(StaffRole.PartySecretary)
        || staff.HasRole(StaffRole.DisciplineInspectionGroup) || staff.HasRole(StaffRole.Leader);

    public override bool IsAvailableTo(Staff staff) => staff.IsActive;

    private async Task<DialogTurnResult> SendLinkAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var ticket = await _tickets.IssueAsync(step.Turn.User, cancellationToken);
        var url = _bureau.Value.PublicUrl("workbench/signin?ticket=" + ticket);
        step.Turn.Send(new OutboundMessage(WorkbenchDialogTexts.Link(url, (int)_options.Value.TicketLifetime.TotalMinutes), WorkbenchDialogTexts.Title,
            Buttons: [MessageButton.Link(WorkbenchDialogTexts.Open, url)]));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
