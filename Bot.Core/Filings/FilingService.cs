using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Filings;

/// <summary>Files, amends, withdraws and closes personal-event filings. Each change is one transaction: the filing,
/// its audit entry and the notice to the filer's overseeing leaders and the integrity supervisors.</summary>
public sealed class FilingService(
    LianzhengDbContext db, AuditTrail audit, OutboxWriter outbox, StaffDirectory directory, BureauClock clock)
{
    public Task<List<Filing>> ListOwnAsync(int filerId, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Where(f => f.FilerId == filerId)
            .OrderByDescending(f => f.EventDate).ThenByDescending(f => f.Id)
            .ToListAsync(cancellationToken);

    public Task<Filing?> FindOwnAsync(int filerId, int filingId, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId && f.FilerId == filerId, cancellationToken);

    /// <summary>Stores a new filing. Submitting the same key again returns the filing the first submission stored.</summary>
    public async Task<Filing> FileAsync(Staff filer, FilingDraft draft, string submissionKey, CancellationToken cancellationToken)
    {
        if (!draft.IsComplete)
        {
            throw new ArgumentException("The filing is incomplete.", nameof(draft));
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var earlier = await db.Filings.FirstOrDefaultAsync(f => f.SubmissionKey == submissionKey, cancellationToken);
        if (earlier is not null)
        {
            return earlier;
        }

        var now = clock.UtcNow;
        var filing = new Filing { SubmissionKey = submissionKey, FilerId = filer.Id, CreatedAt = now, UpdatedAt = now };
        draft.ApplyTo(filing);
        db.Filings.Add(filing);
        await RecordAsync(filer, filing, null, "filing.filed", FilingDraft.From(filing), "filed", FilingTexts.FiledNotice(filer, filing), [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return filing;
    }

    /// <summary>Replaces the details of an open filing whose event has not begun, if nobody changed it since <paramref name="expectedVersion"/>.</summary>
    public async Task<FilingChangeOutcome> AmendAsync(
        Staff filer, int filingId, int expectedVersion, FilingDraft draft, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId && f.FilerId == filer.Id, cancellationToken);
        var outcome = filing switch
        {
            null => FilingChangeOutcome.NotFound,
            _ when !filing.CanChange(clock.Today) => FilingChangeOutcome.NotChangeable,
            _ when filing.Version != expectedVersion => FilingChangeOutcome.Conflict,
            _ when !draft.IsComplete || draft.Kind != filing.Kind => throw new ArgumentException("The amendment is incomplete.", nameof(draft)),
            _ => FilingChangeOutcome.Done,
        };
        if (outcome != FilingChangeOutcome.Done)
        {
            return outcome;
        }

        var before = FilingDraft.From(filing!);
        var changes = FilingTexts.Changes(before, draft);
        if (changes.Count == 0)
        {
            return FilingChangeOutcome.Done;
        }

        var found = AuditRecords.Of(filing!);
        draft.ApplyTo(filing!);
        filing!.UpdatedAt = clock.UtcNow;
        await RecordAsync(filer, filing, found, "filing.amended", new { before, after = draft }, $"amended:{filing.Version}",
            FilingTexts.AmendedNotice(filer, filing), changes, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FilingChangeOutcome.Done;
    }

    /// <summary>Withdraws an open filing whose event has not begun; the record stays, with the reason.</summary>
    public async Task<FilingChangeOutcome> WithdrawAsync(Staff filer, int filingId, string reason, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId && f.FilerId == filer.Id, cancellationToken);
        if (filing is null)
        {
            return FilingChangeOutcome.NotFound;
        }

        if (!filing.CanChange(clock.Today))
        {
            return FilingChangeOutcome.NotChangeable;
        }

        var found = AuditRecords.Of(filing);
        filing.Status = FilingStatus.Withdrawn;
        filing.WithdrawalReason = reason;
        filing.UpdatedAt = clock.UtcNow;
        await RecordAsync(filer, filing, found, "filing.withdrawn", new { reason }, "withdrawn", FilingTexts.WithdrawnNotice(filer, filing), [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FilingChangeOutcome.Done;
    }

    /// <summary>Records the follow-up report of an open filing whose event has begun; the filing becomes 已办结.</summary>
    public async Task<FilingChangeOutcome> ReportAsync(
        Staff filer, int filingId, FollowUpReport report, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId && f.FilerId == filer.Id, cancellationToken);
        if (filing is null)
        {
            return FilingChangeOutcome.NotFound;
        }

        if (!filing.CanReport(clock.Today))
        {
            return FilingChangeOutcome.NotReportable;
        }

        var found = AuditRecords.Of(filing);
        report.ReportedAt = clock.UtcNow;
        filing.FollowUp = report;
        filing.Status = FilingStatus.Completed;
        filing.UpdatedAt = report.ReportedAt;
        await RecordAsync(filer, filing, found, "filing.reported", report, "reported", FilingTexts.ReportedNotice(filer, filing), [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FilingChangeOutcome.Done;
    }

    /// <summary>Saves a change of a filing inside the caller's transaction, with its audit entry and its notice;
    /// <paramref name="found"/> is the filing as read before the change (null for a new one).</summary>
    private async Task RecordAsync(
        Staff filer, Filing filing, AuditRecord? found, string action, object details, string change, Messaging.OutboundMessage notice,
        IReadOnlyList<Messaging.Fact> changes, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(filer.Id, action, AuditRecords.Of(filing), details, found, cancellationToken);
        await NotifyAsync(filer, filing, change, notice, changes, cancellationToken);
    }

    private async Task NotifyAsync(
        Staff filer, Filing filing, string change, Messaging.OutboundMessage notice, IReadOnlyList<Messaging.Fact> changes,
        CancellationToken cancellationToken)
    {
        var leaders = await directory.OverseeingLeadersAsync(filer, cancellationToken);
        var supervisors = await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken);
        var recipients = leaders.Concat(supervisors).Select(s => s.Id).Where(id => id != filer.Id).Distinct().ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        var message = notice with { Facts = [.. changes, .. FilingTexts.Facts(filing)] };
        await outbox.EnqueueAsync(
            new OutboxRequest(OutboxKinds.FilingNotice, $"filing:{filing.Id}:{change}", message, recipients, FilingTexts.ReadLabel, filer.Id),
            cancellationToken);
    }
}
