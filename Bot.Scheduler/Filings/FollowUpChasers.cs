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

/// <summary>Chases the 事后报告 of a filing whose event is over: once the day after it ended, and once more when the
/// report is overdue (FollowUps:ReportWithinDays after a banquet; for travel abroad FollowUps:TravelReturnDays after the
/// planned return, with the travel documents to hand back). The button opens 事后报告 for that filing.</summary>
public sealed class FollowUpChasers(LianzhengDbContext db, OutboxWriter outbox, BureauClock clock, IOptions<FollowUpOptions> options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var open = await db.Filings.AsNoTracking()
            .Where(f => f.Status == FilingStatus.Filed && f.FollowUp == null && (f.EndDate ?? f.EventDate) < today)
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var filing in open)
        {
            var ended = filing.EndDate ?? filing.EventDate;
            var deadline = ended.AddDays(filing.IsBanquet ? options.Value.ReportWithinDays : options.Value.TravelReturnDays);
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
