using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Travel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Audit;

/// <summary>The records the audit trail covers and their canonical form, in one place. Every entry about such a record
/// carries the record's state after the change; the verifier reads every record back and compares it with the state its
/// latest entry recorded, so a record edited or deleted outside the bot is found. A state holds what the record says
/// (who, what, when, how many, its status), not bookkeeping: the concurrency version, the submission key, and a
/// project's pointer to the outbox message of its team reminder (the outbox is not covered) are left out.
/// <para>A new kind of record joins by a form here and an entry in <see cref="Covered"/>; its service passes
/// <c>AuditRecords.Of(record)</c> to <see cref="AuditTrail.AppendAsync(int?, string, AuditRecord, object, CancellationToken)"/>.
/// Trips abroad are filings (<see cref="FilingKind.TravelAbroad"/>) and are covered with them.</para></summary>
public static class AuditRecords
{
    private static readonly JsonSerializerOptions Canonical = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The covered kinds of record: the entity type entries name, its Chinese name, and how to read all of them.</summary>
    internal static readonly IReadOnlyList<CoveredRecords> Covered =
    [
        new(nameof(Filing), AuditTexts.FilingName,
            db => db.Filings.AsNoTracking().OrderBy(f => f.Id).AsAsyncEnumerable().Select(f => Of(f))),
        new(nameof(IntegrityTalk), AuditTexts.TalkName,
            db => db.IntegrityTalks.AsNoTracking().Include(t => t.Participants).OrderBy(t => t.Id).AsAsyncEnumerable().Select(t => Of(t))),
        new(nameof(AuditProject), AuditTexts.ProjectName,
            db => db.AuditProjects.AsNoTracking().Include(p => p.Members).OrderBy(p => p.Id).AsAsyncEnumerable().Select(p => Of(p))),
        new(nameof(ExecutionReport), AuditTexts.ExecutionReportName,
            db => db.ExecutionReports.AsNoTracking().Include(r => r.Entries).OrderBy(r => r.Id).AsAsyncEnumerable().Select(r => Of(r))),
        new(nameof(AuditFeedback), AuditTexts.AuditFeedbackName,
            db => db.AuditFeedback.AsNoTracking().Include(f => f.Issues).OrderBy(f => f.Id).AsAsyncEnumerable().Select(f => Of(f))),
        new(nameof(DeclinedOffer), AuditTexts.DeclinedOfferName,
            db => db.DeclinedOffers.AsNoTracking().OrderBy(o => o.Id).AsAsyncEnumerable().Select(o => Of(o))),
        new(nameof(TravelDocument), AuditTexts.TravelDocumentName,
            db => db.TravelDocuments.AsNoTracking().OrderBy(d => d.Id).AsAsyncEnumerable().Select(d => Of(d))),
        new(nameof(DocumentCheckout), AuditTexts.DocumentCheckoutName,
            db => db.DocumentCheckouts.AsNoTracking().OrderBy(c => c.Id).AsAsyncEnumerable().Select(c => Of(c))),
    ];

    /// <summary>The kinds of record the trail covers (their entity types), in the order they are checked.</summary>
    public static IEnumerable<string> CoveredTypes => Covered.Select(c => c.EntityType);

    public static bool Covers(string entityType) => Covered.Any(c => c.EntityType == entityType);

    /// <summary>The Chinese name of a kind of record, e.g. 备案.</summary>
    public static string NameOf(string entityType) => Covered.FirstOrDefault(c => c.EntityType == entityType)?.Name ?? entityType;

    /// <summary>The Chinese name of a record, e.g. 备案 #12.</summary>
    public static string Describe(string entityType, string entityId) => $"{NameOf(entityType)} #{entityId}";

    /// <summary>The state of a filing. Fields added since the first release (review, scale, lateness, trip details, the
    /// fuller follow-up report) appear only when they hold a value, so a filing stored before them keeps its state.</summary>
    public static AuditRecord Of(Filing filing)
    {
        var state = JsonSerializer.SerializeToNode(new
        {
            filer = filing.FilerId,
            kind = filing.Kind.ToString(),
            subject = filing.Subject.ToString(),
            eventDate = Day(filing.EventDate),
            endDate = Day(filing.EndDate),
            place = filing.Place,
            expectedTables = filing.ExpectedTables,
            expectedGuests = filing.ExpectedGuests,
            invitesManagedObjects = filing.InvitesManagedObjects,
            invitesSubordinates = filing.InvitesSubordinates,
            destination = filing.Destination,
            purpose = filing.Purpose,
            companions = filing.Companions,
            status = filing.Status.ToString(),
            withdrawalReason = filing.WithdrawalReason,
            createdAt = Instant(filing.CreatedAt),
            updatedAt = Instant(filing.UpdatedAt),
            followUp = filing.FollowUp is not { } report ? null : new
            {
                actualTables = report.ActualTables,
                actualGuests = report.ActualGuests,
                actualReturnDate = Day(report.ActualReturnDate),
                documentsHandedBack = report.DocumentsHandedBack,
                note = report.Note,
                reportedAt = Instant(report.ReportedAt),
            },
        }, Canonical)!.AsObject();
        AddIfSet(state, "celebrationKind", filing.CelebrationKind);
        AddIfSet(state, "heldJointly", filing.HeldJointly);
        AddIfSet(state, "cars", filing.Cars);
        AddIfSet(state, "officialCars", filing.OfficialCars);
        AddIfSet(state, "overScale", filing.OverScale ? true : null);
        AddIfSet(state, "scaleReason", filing.ScaleReason);
        AddIfSet(state, "late", filing.IsLate ? true : null);
        AddIfSet(state, "lateReason", filing.LateReason);
        AddIfSet(state, "documentType", filing.DocumentType?.ToString());
        AddIfSet(state, "documentNumber", filing.DocumentNumber);
        AddIfSet(state, "transit", filing.Transit);
        AddIfSet(state, "fundingSource", filing.FundingSource);
        AddIfSet(state, "secretPost", filing.SecretPost);
        AddIfSet(state, "assignedReviewer", filing.AssignedReviewerId);
        AddIfSet(state, "reviewRequestedAt", filing.ReviewRequestedAt is { } requested ? Instant(requested) : null);
        if (filing.FollowUp is { } followUp && state["followUp"] is JsonObject reported)
        {
            AddIfSet(reported, "guestScope", followUp.GuestScope is { } scope ? (int)scope : null);
            AddIfSet(reported, "cars", followUp.Cars);
            AddIfSet(reported, "officialCars", followUp.OfficialCars);
            AddIfSet(reported, "cost", followUp.Cost);
            AddIfSet(reported, "giftMoney", followUp.GiftMoney);
            AddIfSet(reported, "giftItems", followUp.GiftItems);
            AddIfSet(reported, "giftHandling", followUp.GiftHandling?.ToString());
            AddIfSet(reported, "pledgeBroken", followUp.PledgeBroken);
            AddIfSet(reported, "pledgeNote", followUp.PledgeNote);
        }

        return new AuditRecord(nameof(Filing), filing.Id.ToString(CultureInfo.InvariantCulture), state.ToJsonString(Canonical));
    }

    private static void AddIfSet(JsonObject state, string field, object? value)
    {
        if (value is not null)
        {
            state[field] = JsonSerializer.SerializeToNode(value, Canonical);
        }
    }

    /// <summary>A talk's state. Its kind and follow-up day, which came later, are written only when they say something
    /// (a kind other than 日常廉政谈话, the column default; a follow-up day), so the states recorded before them still match.</summary>
    public static AuditRecord Of(IntegrityTalk talk)
    {
        var state = JsonSerializer.SerializeToNode(new
        {
            leader = talk.LeaderId,
            form = talk.Form.ToString(),
            heldOn = Day(talk.HeldOn),
            summary = talk.Summary,
            auditProject = talk.AuditProjectId,
            recordedAt = Instant(talk.RecordedAt),
            withdrawn = talk.IsWithdrawn,
            participants = talk.Participants.Select(p => p.StaffId).Order().ToList(),
        }, Canonical)!.AsObject();
        if (talk.Kind != TalkKind.Routine)
        {
            state["kind"] = talk.Kind.ToString();
        }

        if (talk.FollowUpOn is { } followUpOn)
        {
            state["followUpOn"] = Day(followUpOn);
        }

        return Record(nameof(IntegrityTalk), talk.Id, state);
    }

    public static AuditRecord Of(AuditProject project) => Record(nameof(AuditProject), project.Id, new
    {
        name = project.Name,
        major = project.IsMajor,
        startDate = Day(project.StartDate),
        endDate = Day(project.EndDate),
        teamLeader = project.TeamLeaderId,
        responsibleLeader = project.ResponsibleLeaderId,
        registeredBy = project.RegisteredById,
        registeredAt = Instant(project.RegisteredAt),
        preAuditTalk = project.PreAuditTalkId,
        members = project.Members.Select(m => m.StaffId).Order().ToList(),
    });

    public static AuditRecord Of(ExecutionReport report) => Record(nameof(ExecutionReport), report.Id, new
    {
        project = report.ProjectId,
        reportedBy = report.ReportedById,
        reportedAt = Instant(report.ReportedAt),
        members = report.Entries.OrderBy(e => e.StaffId).Select(e => new { staff = e.StaffId, kept = e.KeptDiscipline }).ToList(),
        incident = report.Incident,
        incidentPeople = report.IncidentPeople,
        incidentHandling = report.IncidentHandling,
    });

    public static AuditRecord Of(AuditFeedback feedback) => Record(nameof(AuditFeedback), feedback.Id, new
    {
        project = feedback.ProjectId,
        submittedAt = Instant(feedback.SubmittedAt),
        issues = feedback.Issues.OrderBy(i => i.Topic).Select(i => new { topic = i.Topic.ToString(), details = i.Details }).ToList(),
        rating = feedback.Rating.ToString(),
        remarks = feedback.Remarks,
        contact = feedback.Contact,
    });

    public static AuditRecord Of(DeclinedOffer offer) => Record(nameof(DeclinedOffer), offer.Id, new
    {
        staff = offer.StaffId,
        kind = offer.Kind.ToString(),
        offeredBy = offer.OfferedBy,
        description = offer.Description,
        estimatedValue = offer.EstimatedValue,
        offeredOn = Day(offer.OfferedOn),
        handling = offer.Handling.ToString(),
        auditProject = offer.AuditProjectId,
        recordedAt = Instant(offer.RecordedAt),
    });

    public static AuditRecord Of(TravelDocument document) => Record(nameof(TravelDocument), document.Id, new
    {
        holder = document.HolderId,
        type = document.Type.ToString(),
        number = document.Number,
        handedInOn = Day(document.HandedInOn),
        state = document.State.ToString(),
        registeredBy = document.RegisteredById,
        createdAt = Instant(document.CreatedAt),
        updatedAt = Instant(document.UpdatedAt),
    });

    public static AuditRecord Of(DocumentCheckout checkout) => Record(nameof(DocumentCheckout), checkout.Id, new
    {
        document = checkout.DocumentId,
        trip = checkout.TripId,
        drawnOn = Day(checkout.DrawnOn),
        drawnRecordedBy = checkout.DrawnRecordedById,
        dueOn = Day(checkout.DueOn),
        returnedOn = Day(checkout.ReturnedOn),
        returnRecordedBy = checkout.ReturnRecordedById,
        returnReportAsked = checkout.ReturnReportAsked,
        remindersSent = checkout.RemindersSent,
        lastRemindedOn = Day(checkout.LastRemindedOn),
        escalatedAt = checkout.EscalatedAt is { } at ? Instant(at) : null,
        createdAt = Instant(checkout.CreatedAt),
        updatedAt = Instant(checkout.UpdatedAt),
    });

    /// <summary>The first field in which two states of a record differ, with both values as shown to people; null when
    /// they are the same. A field the recorded state does not carry and the record holds empty is the same: a release
    /// that adds a field leaves it empty (null) on the records made before, whose entries were written without it.</summary>
    internal static (string Field, string Recorded, string Found)? Difference(string recorded, string found)
    {
        using var before = JsonDocument.Parse(recorded);
        using var after = JsonDocument.Parse(found);
        var fields = before.RootElement.EnumerateObject().Select(p => p.Name)
            .Concat(after.RootElement.EnumerateObject().Select(p => p.Name)).Distinct();
        foreach (var field in fields)
        {
            var was = Value(before.RootElement, field);
            var now = Value(after.RootElement, field);
            if (was != now && !(was == AuditTexts.Absent && now == AuditTexts.Empty))
            {
                return (field, was, now);
            }
        }

        return null;
    }

    private static string Value(JsonElement state, string field) =>
        !state.TryGetProperty(field, out var value) ? AuditTexts.Absent
        : value.ValueKind switch
        {
            JsonValueKind.Null => AuditTexts.Empty,
            JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };

    private static AuditRecord Record<TState>(string entityType, long id, TState state) =>
        new(entityType, id.ToString(CultureInfo.InvariantCulture), JsonSerializer.Serialize(state, Canonical));

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>UTC, in whole microseconds: what every store we may use (SQLite ticks, PostgreSQL microseconds) reads back.</summary>
    private static string Instant(DateTimeOffset at) =>
        new DateTimeOffset(at.UtcTicks - (at.UtcTicks % 10), TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture);
}
