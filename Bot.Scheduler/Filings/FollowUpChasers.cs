using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Filings;

/// <summary>Chases the 事后报告 of a standing filing (已备案 or 已同意) whose event is over: once the day after it ended,
/// and once more when the report is overdue (Filings:ReportWithinDays after the event; for a trip abroad after the
/// planned return). The button opens 事后报告 for that filing.</summary>
public sealed class FollowUpChasers(LianzhengDbContext db, OutboxWriter outbox, BureauClock clock, IOptions<FilingOptions> options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var open = await db.Filings.AsNoTracking()
            .Where(f => (f.Status == FilingStatus.Filed || f.Status == FilingStatus.Approved) && f.FollowUp == null && (f.EndDate ?? f.EventDate) < today)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var filing in open)
        {
            var ended = filing.EndDate ?? filing.EventDate;
            var deadline = ended.AddDays(options.Value.ReportWithinDays);
            var stage = today > deadline ? "overdue" : "due";
            var text = filing.IsBanquet
                ? FollowUpTexts.Due(DomainNames.Of(filing.Kind), DomainNames.Date(filing.EventDate), DomainNames.Date(deadline))
                : FollowUpTexts.TravelDue(DomainNames.Date(ended), DomainNames.Date(deadline));
            await outbox.EnqueueAsync(new OutboxRequest(
                OutboxKinds.FollowUp,
                $"follow-up:{filing.Id}:{stage}",
                new OutboundMessage(stage == "overdue" ? FollowUpTexts.Overdue + text : text, FollowUpTexts.Title,
                    Buttons: [new MessageButton(FollowUpTexts.Action, Actions.Start(DialogIds.FollowUp, filing.Id.ToString(CultureInfo.InvariantCulture)))]),
                [filing.FilerId]), cancellationToken);
            queued++;
        }

        return queued;
    }
}
