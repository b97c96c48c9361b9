using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Filings;

/// <summary>待审核备案: the filings waiting for review with how long they have waited — all of them for the supervisors,
/// the 党组书记 and the 派驻纪检监察组, a leader's own queue for him — with a button for each he reviews himself.</summary>
public sealed class PendingReviewsDialog : BotDialog
{
    public const string DialogId = "pending-reviews";
    private const string StepsId = DialogId + ".steps";

    private readonly FilingService _filings;

    public PendingReviewsDialog(FilingService filings)
        : base(DialogId)
    {
        _filings = filings;
        AddDialog(new WaterfallDialog(StepsId, [ListAsync]));
    }

    public override string Name => ReviewTexts.PendingName;

    public override string HelpLine => ReviewTexts.PendingHelp;

    public override IReadOnlyList<string> Keywords => [ReviewTexts.PendingName, "待审核"];

    public override bool IsAvailableTo(Staff staff) => FilingService.SeesAllReviews(staff) || staff.HasRole(StaffRole.Leader);

    private async Task<DialogTurnResult> ListAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var user = step.Turn.User;
        var pending = await _filings.PendingReviewsAsync(user, cancellationToken);
        if (pending.Count == 0)
        {
            step.Turn.Send(new OutboundMessage(ReviewTexts.NoPending, ReviewTexts.PendingTitle));
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var facts = new List<Fact>();
        var buttons = new List<MessageButton>();
        var now = step.Turn.Time.GetUtcNow();
        foreach (var filing in pending.Take(FilingChoice.MaxListed))
        {
            var reviewers = await _filings.ReviewersOfAsync(filing, cancellationToken);
            var days = filing.ReviewRequestedAt is { } requested ? Math.Max(0, (int)(now - requested).TotalDays) : 0;
            var filer = filing.Filer is { } staff ? (staff.Section is { } section ? $"{section.Name} {staff.Name}" : staff.Name) : "";
            facts.Add(new Fact(FilingTexts.Number(filing), ReviewTexts.PendingLine(
                DomainNames.Of(filing.Kind), filer, DomainNames.Date(filing.EventDate), days, string.Join("、", reviewers.Select(r => r.Name)))));
            if (reviewers.Any(r => r.Id == user.Id) && buttons.Count < OutboundMessage.MaxButtons)
            {
                buttons.Add(new MessageButton(FilingTexts.ButtonLabel(filing),
                    Actions.Start(ReviewFilingDialog.DialogId, filing.Id.ToString(CultureInfo.InvariantCulture))));
            }
        }

        var text = ReviewTexts.PendingText(pending.Count) + (buttons.Count > 0 ? "\n" + ReviewTexts.PendingChoose : "");
        step.Turn.Send(new OutboundMessage(text, ReviewTexts.PendingTitle, facts, buttons));
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
