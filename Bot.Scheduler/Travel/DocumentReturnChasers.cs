using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Lianzheng.Core.Travel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Travel;

/// <summary>Chases the travel documents drawn out and not handed back, once a working day: it sets the due day once
/// the traveller has reported his actual return (or withdrawn the trip) and tells him; asks once for that report when
/// the planned return has passed without it; once overdue, reminds the traveller and the custodians (one reminder a
/// day at most); and, Travel:EscalateAfterDays after the due day, tells the overseeing leader once. Each message is
/// keyed (by checkout, and by day for reminders), so a second run on a day adds nothing.</summary>
public sealed class DocumentReturnChasers(
    LianzhengDbContext db, TravelCustodyService custody, OutboxWriter outbox, BureauClock clock, IOptions<TravelOptions> options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var open = await db.DocumentCheckouts.AsNoTracking()
            .Include(c => c.Document!).ThenInclude(d => d.Holder!).ThenInclude(s => s.Roles)
            .Include(c => c.Trip).ThenInclude(t => t!.FollowUp)
            .Where(c => c.ReturnedOn == null).OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var custodians = await custody.CustodiansAsync(cancellationToken);
        var custodianIds = custodians.Select(c => c.Id).ToList();
        var custodianNames = TravelTexts.Names(custodians.Select(c => c.Name));
        var queued = 0;
        foreach (var checkout in open)
        {
            await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
            queued += await ChaseAsync(checkout, today, custodianIds, custodianNames, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return queued;
    }

    private async Task<int> ChaseAsync(
        DocumentCheckout checkout, DateOnly today, List<int> custodianIds, string custodianNames, CancellationToken cancellationToken)
    {
        var document = checkout.Document!;
        var traveller = document.Holder!;
        var trip = checkout.Trip!;
        var masked = TravelTexts.Label(document, forCustodian: false);
        var id = checkout.Id.ToString(CultureInfo.InvariantCulture);
        var queued = 0;
        if (checkout.DueOn is null && await custody.SetDueAsync(checkout, null, cancellationToken)
            && trip.FollowUp?.ActualReturnDate is { } back)
        {
            await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.DocumentCustody, $"custody:{id}:due",
                new OutboundMessage(DocumentReturnTexts.DueSet(masked, back, checkout.DueOn!.Value), DocumentReturnTexts.Title), [traveller.Id]),
                cancellationToken);
            queued++;
        }

        if (checkout.DueOn is not { } due)
        {
            if (TravelCustodyRules.IsOpenCleared(trip) && (trip.EndDate ?? trip.EventDate) < today && !checkout.ReturnReportAsked)
            {
                await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.DocumentCustody, $"custody:{id}:report-return",
                    new OutboundMessage(DocumentReturnTexts.ReportReturn(FilingTexts.Number(trip), trip.EndDate ?? trip.EventDate, masked), DocumentReturnTexts.Title,
                        Buttons: [new MessageButton(DocumentReturnTexts.ReportAction,
                            Actions.Start(DialogIds.FollowUp, trip.Id.ToString(CultureInfo.InvariantCulture)))]),
                    [traveller.Id]), cancellationToken);
                await custody.MarkReturnReportAskedAsync(checkout, cancellationToken);
                queued++;
            }

            return queued;
        }

        if (TravelCustodyRules.IsOverdue(checkout, today) && checkout.LastRemindedOn != today)
        {
            var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.DocumentCustody, $"custody:{id}:overdue:{day}",
                new OutboundMessage(DocumentReturnTexts.OverdueToTraveller(masked, due, custodianNames), DocumentReturnTexts.Title), [traveller.Id]),
                cancellationToken);
            var toCustodians = custodianIds.Where(c => c != traveller.Id).ToList();
            if (toCustodians.Count > 0)
            {
                await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.DocumentCustody, $"custody:{id}:overdue-custodian:{day}",
                    new OutboundMessage(
                        DocumentReturnTexts.OverdueToCustodian(traveller.Name, FilingTexts.Number(trip), TravelTexts.Label(document, forCustodian: true), due),
                        DocumentReturnTexts.Title,
                        Buttons: [new MessageButton(TravelTexts.ReturnLabel, Actions.Start(DialogIds.ReturnDocument, id))]),
                    toCustodians), cancellationToken);
            }

            await custody.MarkRemindedAsync(checkout, today, cancellationToken);
            queued++;
        }

        if (TravelCustodyRules.IsDueForEscalation(checkout, today, options.Value.EscalateAfterDays) && checkout.EscalatedAt is null)
        {
            var leaders = await custody.EscalationRecipientsAsync(traveller, cancellationToken);
            if (leaders.Count > 0)
            {
                await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.DocumentCustody, $"custody:{id}:escalated",
                    new OutboundMessage(
                        DocumentReturnTexts.Escalation(traveller.Name, FilingTexts.Number(trip), masked, due, today.DayNumber - due.DayNumber),
                        DocumentReturnTexts.EscalationTitle),
                    [.. leaders.Select(l => l.Id)]), cancellationToken);
            }

            await custody.MarkEscalatedAsync(checkout, cancellationToken);
            queued++;
        }

        return queued;
    }
}
