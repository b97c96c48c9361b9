using System.Globalization;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Travel;

/// <summary>Once a trip abroad is approved: the traveller is told to collect his document from the custodian (the number
/// masked), and the custodians are told who will come for which document, with a button to record the 领取.</summary>
public sealed class DocumentCollectionNotifier(LianzhengDbContext db, TravelCustodyService custody, OutboxWriter outbox) : ITripApprovalListener
{
    public async Task TripApprovedAsync(Filing trip, CancellationToken ct)
    {
        if (trip.Kind != FilingKind.TravelAbroad)
        {
            return;
        }

        var traveller = trip.Filer ?? await db.Staff.AsNoTracking().FirstAsync(s => s.Id == trip.FilerId, ct);
        var documents = await custody.InCustodyOfAsync(trip.FilerId, ct);
        var custodians = await custody.CustodiansAsync(ct);
        var number = FilingTexts.Number(trip);
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.DocumentCustody, $"custody:trip:{trip.Id}:collect",
            TravelTexts.CollectDocument(number, trip.EventDate, TravelTexts.Names(custodians.Select(c => c.Name)),
                [.. documents.Select(d => TravelTexts.Label(d, forCustodian: false))]),
            [trip.FilerId]), ct);
        var recipients = custodians.Select(c => c.Id).Where(id => id != trip.FilerId).ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var notice = TravelTexts.TravellerToCollect(traveller.Name, number, trip.EventDate, trip.EndDate,
            [.. documents.Select(d => TravelTexts.Label(d, forCustodian: true))]);
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.DocumentCustody, $"custody:trip:{trip.Id}:to-collect",
            notice with
            {
                Buttons = documents.Count == 0 ? [] : [new MessageButton(TravelTexts.DrawLabel,
                    Actions.Start(DialogIds.DrawDocument, trip.Id.ToString(CultureInfo.InvariantCulture)))],
            },
            recipients, SenderId: trip.FilerId), ct);
    }
}
