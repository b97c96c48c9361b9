using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Travel;

/// <summary>The custodian's ledger of travel documents (证照台账): documents handed in, drawn out for a trip (领取) and
/// handed back (交回). Each change is one transaction: the record, its audit entry and the notice to the traveller.
/// The custodian is whoever holds <see cref="StaffRole.DocumentCustodian"/>; while nobody does, the integrity supervisor.</summary>
public sealed class TravelCustodyService(
    LianzhengDbContext db, AuditTrail audit, OutboxWriter outbox, StaffDirectory directory, BureauClock clock, IOptions<TravelOptions> options)
{
    private int ReturnDays => options.Value.DocumentReturnDays;

    /// <summary>The custodians: the holders of 证照保管; while there are none, the integrity supervisors.</summary>
    public async Task<List<Staff>> CustodiansAsync(CancellationToken cancellationToken)
    {
        var custodians = await directory.WithRoleAsync(StaffRole.DocumentCustodian, cancellationToken);
        return custodians.Count > 0 ? custodians : await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken);
    }

    /// <summary>Whether this person is a custodian now (asked of the database, not of the roles the caller loaded).</summary>
    public async Task<bool> IsCustodianAsync(Staff staff, CancellationToken cancellationToken)
    {
        var custodianIds = await db.Staff.Where(s => s.IsActive && s.Roles.Any(r => r.Role == StaffRole.DocumentCustodian))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        return custodianIds.Count > 0
            ? custodianIds.Contains(staff.Id)
            : await db.Staff.AnyAsync(s => s.Id == staff.Id && s.IsActive && s.Roles.Any(r => r.Role == StaffRole.IntegritySupervisor), cancellationToken);
    }

    public async Task<string> CustodianNamesAsync(CancellationToken cancellationToken) =>
        TravelTexts.Names((await CustodiansAsync(cancellationToken)).Select(s => s.Name));

    /// <summary>Every document with its holder and, while drawn out, its open checkout: drawn-out ones first.</summary>
    public async Task<List<CustodyLedgerEntry>> LedgerAsync(CancellationToken cancellationToken)
    {
        var documents = await db.TravelDocuments.AsNoTracking().Include(d => d.Holder).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var open = await db.DocumentCheckouts.AsNoTracking().Include(c => c.Trip).Where(c => c.ReturnedOn == null).ToListAsync(cancellationToken);
        return [.. documents
            .Select(d => (Document: d, Checkout: open.FirstOrDefault(c => c.DocumentId == d.Id)))
            .Select(e => new CustodyLedgerEntry(e.Document, e.Document.Holder?.Name ?? "", e.Checkout, e.Checkout is null ? null : DueOn(e.Checkout)))
            .OrderBy(e => e.Checkout is null).ThenBy(e => e.DueOn ?? DateOnly.MaxValue).ThenBy(e => e.Document.Id)];
    }

    /// <summary>The day a checkout is due back: as stored, or as it follows from its trip when the chaser has not stored it yet.</summary>
    public DateOnly? DueOn(DocumentCheckout checkout) =>
        checkout.DueOn ?? (checkout.Trip is { } trip ? TravelCustodyRules.DueOn(trip, WithdrawnOn(trip), ReturnDays) : null);

    /// <summary>The trips a document may be drawn out for now (<see cref="TravelCustodyRules.MayDrawFor"/>) and has not been.</summary>
    public async Task<List<Filing>> DrawableTripsAsync(CancellationToken cancellationToken)
    {
        var trips = await db.Filings.AsNoTracking().Include(f => f.Filer)
            .Where(f => f.Kind == FilingKind.TravelAbroad && (f.Status == FilingStatus.Filed || f.Status == FilingStatus.Approved))
            .Where(f => !db.DocumentCheckouts.Any(c => c.TripId == f.Id))
            .OrderBy(f => f.EventDate).ThenBy(f => f.Id).ToListAsync(cancellationToken);
        return [.. trips.Where(TravelCustodyRules.MayDrawFor)];
    }

    public Task<Filing?> FindTripAsync(int tripId, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Include(f => f.Filer).FirstOrDefaultAsync(f => f.Id == tripId && f.Kind == FilingKind.TravelAbroad, cancellationToken);

    public Task<List<TravelDocument>> InCustodyOfAsync(int holderId, CancellationToken cancellationToken) =>
        db.TravelDocuments.AsNoTracking().Where(d => d.HolderId == holderId && d.State == TravelDocumentState.InCustody)
            .OrderBy(d => d.Id).ToListAsync(cancellationToken);

    /// <summary>The checkouts not yet closed by a 交回, with document, holder and trip.</summary>
    public Task<List<DocumentCheckout>> OpenCheckoutsAsync(CancellationToken cancellationToken) =>
        db.DocumentCheckouts.AsNoTracking().Include(c => c.Document!).ThenInclude(d => d.Holder).Include(c => c.Trip)
            .Where(c => c.ReturnedOn == null).OrderBy(c => c.DrawnOn).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>登记证件: a newly issued (or first registered) document handed in to the custodian.</summary>
    public async Task<(CustodyOutcome Outcome, TravelDocument? Document)> RegisterAsync(
        Staff custodian, int holderId, TravelDocumentType type, string number, DateOnly handedInOn, CancellationToken cancellationToken)
    {
        if (!await IsCustodianAsync(custodian, cancellationToken))
        {
            return (CustodyOutcome.NotCustodian, null);
        }

        var normalized = number.Trim().ToUpperInvariant();
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (!await db.Staff.AnyAsync(s => s.Id == holderId && s.IsActive, cancellationToken))
        {
            return (CustodyOutcome.NotFound, null);
        }

        var earlier = await db.TravelDocuments.FirstOrDefaultAsync(d => d.Type == type && d.Number == normalized, cancellationToken);
        if (earlier is not null)
        {
            return (CustodyOutcome.Duplicate, earlier);
        }

        var now = clock.UtcNow;
        var document = new TravelDocument
        {
            HolderId = holderId, Type = type, Number = normalized, HandedInOn = handedInOn, RegisteredById = custodian.Id, CreatedAt = now, UpdatedAt = now,
        };
        db.TravelDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(custodian.Id, "custody.registered", AuditRecords.Of(document), new { holderId, type = type.ToString() }, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (CustodyOutcome.Done, document);
    }

    /// <summary>领取: the custodian records that the traveller drew a document out for an approved trip.</summary>
    public async Task<(CustodyOutcome Outcome, DocumentCheckout? Checkout)> DrawAsync(
        Staff custodian, int tripId, int documentId, DateOnly drawnOn, CancellationToken cancellationToken)
    {
        if (!await IsCustodianAsync(custodian, cancellationToken))
        {
            return (CustodyOutcome.NotCustodian, null);
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var trip = await db.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == tripId, cancellationToken);
        var document = await db.TravelDocuments.FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        var drawnAlready = await db.DocumentCheckouts.AnyAsync(c => c.TripId == tripId, cancellationToken);
        var outcome = (trip, document) switch
        {
            (null, _) or (_, null) => CustodyOutcome.NotFound,
            _ when !TravelCustodyRules.MayDrawFor(trip) || drawnAlready => CustodyOutcome.TripNotDrawable,
            _ when document.HolderId != trip.FilerId || document.State != TravelDocumentState.InCustody => CustodyOutcome.DocumentUnavailable,
            _ => CustodyOutcome.Done,
        };
        if (outcome != CustodyOutcome.Done)
        {
            return (outcome, null);
        }

        var now = clock.UtcNow;
        var foundDocument = AuditRecords.Of(document!);
        document!.State = TravelDocumentState.DrawnOut;
        document.UpdatedAt = now;
        var checkout = new DocumentCheckout
        {
            DocumentId = document.Id, TripId = tripId, DrawnOn = drawnOn, DrawnRecordedById = custodian.Id, CreatedAt = now, UpdatedAt = now,
        };
        db.DocumentCheckouts.Add(checkout);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(custodian.Id, "custody.drawn", AuditRecords.Of(checkout), new { tripId, documentId }, null, cancellationToken);
        await audit.AppendAsync(custodian.Id, "custody.drawn", AuditRecords.Of(document), new { checkoutId = checkout.Id }, foundDocument, cancellationToken);
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.DocumentCustody, $"custody:{checkout.Id}:drawn",
            TravelTexts.Drawn(TravelTexts.Label(document, forCustodian: false), FilingTexts.Number(trip!), drawnOn, ReturnDays),
            [trip!.FilerId], SenderId: custodian.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        checkout.Document = document;
        return (CustodyOutcome.Done, checkout);
    }

    /// <summary>交回: the custodian confirms the document is back; the checkout closes and the document is in custody again.</summary>
    public async Task<(CustodyOutcome Outcome, DocumentCheckout? Checkout)> ReturnAsync(
        Staff custodian, int checkoutId, DateOnly returnedOn, CancellationToken cancellationToken)
    {
        if (!await IsCustodianAsync(custodian, cancellationToken))
        {
            return (CustodyOutcome.NotCustodian, null);
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var checkout = await db.DocumentCheckouts.Include(c => c.Document!).ThenInclude(d => d.Holder)
            .FirstOrDefaultAsync(c => c.Id == checkoutId, cancellationToken);
        if (checkout?.Document is not { } document)
        {
            return (CustodyOutcome.NotFound, null);
        }

        if (!checkout.IsOpen)
        {
            return (CustodyOutcome.AlreadyReturned, checkout);
        }

        var now = clock.UtcNow;
        var foundCheckout = AuditRecords.Of(checkout);
        var foundDocument = AuditRecords.Of(document);
        checkout.ReturnedOn = returnedOn;
        checkout.ReturnRecordedById = custodian.Id;
        checkout.UpdatedAt = now;
        document.State = TravelDocumentState.InCustody;
        document.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(custodian.Id, "custody.returned", AuditRecords.Of(checkout), new { returnedOn }, foundCheckout, cancellationToken);
        await audit.AppendAsync(custodian.Id, "custody.returned", AuditRecords.Of(document), new { checkoutId }, foundDocument, cancellationToken);
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.DocumentCustody, $"custody:{checkout.Id}:returned",
            TravelTexts.Returned(TravelTexts.Label(document, forCustodian: false), returnedOn), [document.HolderId], SenderId: custodian.Id),
            cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (CustodyOutcome.Done, checkout);
    }

    /// <summary>After the traveller withdrew a trip: a document drawn out for it still goes back, due
    /// <see cref="TravelOptions.DocumentReturnDays"/> after the withdrawal; the custodians are told. Returns the open
    /// checkout (with its document), or null when nothing was drawn out for the trip.</summary>
    public async Task<DocumentCheckout?> TripWithdrawnAsync(Staff traveller, int tripId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var checkout = await db.DocumentCheckouts.Include(c => c.Document).Include(c => c.Trip)
            .FirstOrDefaultAsync(c => c.TripId == tripId && c.ReturnedOn == null, cancellationToken);
        if (checkout?.Trip is not { Status: FilingStatus.Withdrawn } trip || checkout.Document is not { } document)
        {
            return null;
        }

        await SetDueAsync(checkout, traveller.Id, cancellationToken);
        var custodians = await CustodiansAsync(cancellationToken);
        await outbox.EnqueueAsync(new OutboxRequest(
            OutboxKinds.DocumentCustody, $"custody:{checkout.Id}:withdrawn",
            TravelTexts.WithdrawnWhileOut(traveller.Name, FilingTexts.Number(trip), TravelTexts.Label(document, forCustodian: true), checkout.DueOn!.Value) with
            {
                Buttons = [new MessageButton(TravelTexts.ReturnLabel, Actions.Start(DialogIds.ReturnDocument, checkout.Id.ToString(CultureInfo.InvariantCulture)))],
            },
            [.. custodians.Select(c => c.Id)], SenderId: traveller.Id), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return checkout;
    }

    /// <summary>Sets the due day of an open checkout once it is known (the return reported, the trip withdrawn); true
    /// when it was set now. Saved with its audit entry in the caller's transaction, if any.</summary>
    public async Task<bool> SetDueAsync(DocumentCheckout checkout, int? actorId, CancellationToken cancellationToken)
    {
        if (checkout.DueOn is not null || checkout.Trip is not { } trip)
        {
            return false;
        }

        if (TravelCustodyRules.DueOn(trip, WithdrawnOn(trip), ReturnDays) is not { } due)
        {
            return false;
        }

        await ChangeAsync(checkout, actorId, "custody.due-set", new { dueOn = due }, c => c.DueOn = due, cancellationToken);
        return true;
    }

    public Task MarkReturnReportAskedAsync(DocumentCheckout checkout, CancellationToken cancellationToken) =>
        ChangeAsync(checkout, null, "custody.return-report-asked", new { }, c => c.ReturnReportAsked = true, cancellationToken);

    public Task MarkRemindedAsync(DocumentCheckout checkout, DateOnly today, CancellationToken cancellationToken) =>
        ChangeAsync(checkout, null, "custody.reminded", new { day = today }, c =>
        {
            c.RemindersSent++;
            c.LastRemindedOn = today;
        }, cancellationToken);

    public Task MarkEscalatedAsync(DocumentCheckout checkout, CancellationToken cancellationToken) =>
        ChangeAsync(checkout, null, "custody.escalated", new { }, c => c.EscalatedAt = clock.UtcNow, cancellationToken);

    /// <summary>Who is told when a traveller keeps a document too long: the 班子成员 overseeing his section; for a
    /// 班子成员 (or anyone no leader oversees) the 党组书记; for the 党组书记 the integrity supervisors.</summary>
    public async Task<List<Staff>> EscalationRecipientsAsync(Staff traveller, CancellationToken cancellationToken)
    {
        List<Staff> recipients = traveller.HasRole(StaffRole.PartySecretary) ? await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken)
            : traveller.HasRole(StaffRole.Leader) ? await directory.WithRoleAsync(StaffRole.PartySecretary, cancellationToken)
            : await directory.OverseeingLeadersAsync(traveller, cancellationToken);
        if (recipients.Count == 0 && !traveller.HasRole(StaffRole.PartySecretary))
        {
            recipients = await directory.WithRoleAsync(StaffRole.PartySecretary, cancellationToken);
        }

        return [.. recipients.Where(s => s.Id != traveller.Id)];
    }

    /// <summary>For a withdrawn trip, the day of its last change (the withdrawal), in the bureau's time zone.</summary>
    private DateOnly WithdrawnOn(Filing trip) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(trip.UpdatedAt, clock.TimeZone).DateTime);

    private async Task ChangeAsync(
        DocumentCheckout checkout, int? actorId, string action, object details, Action<DocumentCheckout> change, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var tracked = db.DocumentCheckouts.Local.FirstOrDefault(c => c.Id == checkout.Id)
            ?? await db.DocumentCheckouts.FirstAsync(c => c.Id == checkout.Id, cancellationToken);
        var found = AuditRecords.Of(tracked);
        change(tracked);
        tracked.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(actorId, action, AuditRecords.Of(tracked), details, found, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (!ReferenceEquals(tracked, checkout))
        {
            change(checkout);
            checkout.UpdatedAt = tracked.UpdatedAt;
            checkout.Version = tracked.Version;
        }
    }
}
