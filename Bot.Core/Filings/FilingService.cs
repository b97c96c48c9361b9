using Lianzheng.Core.Audit;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Filings;

/// <summary>Files, amends, withdraws, reviews and closes personal-event filings. Each change is one transaction: the
/// filing, its audit entry and the notices: with Filings:Review = Required the review card to the reviewers by 干部管理权限
/// (<see cref="ReviewersOfAsync"/>) and the record to the integrity supervisors; with NoticeOnly the notice to the
/// filer's overseeing leaders and the supervisors, as before review existed.</summary>
public sealed class FilingService(
    LianzhengDbContext db, AuditTrail audit, OutboxWriter outbox, StaffDirectory directory, BureauClock clock,
    HolidayCalendarStore calendars, IOptions<FilingOptions> options, IEnumerable<ITripApprovalListener> tripListeners)
{
    /// <summary>The change key of a new filing's notices (the others are amended:{version}, withdrawn, reported…).</summary>
    private const string FiledChange = "filed";

    private bool ReviewRequired => options.Value.Review == ReviewMode.Required;

    /// <summary>The reasons the filer still owes for this draft if filed today (逾期报告, above the scale limits).</summary>
    public async Task<IReadOnlyList<FilingField>> MissingReasonsAsync(FilingDraft draft, CancellationToken cancellationToken) =>
        FilingRules.MissingReasons(draft, clock.Today, await calendars.LoadAsync(cancellationToken), options.Value);

    /// <summary>Who reviews a filer's filings by 干部管理权限: the 党组书记's go to the 派驻纪检监察组, a 班子成员's to the
    /// 党组书记, anyone else's to the 班子成员 overseeing his section (the 党组书记 when nobody does).</summary>
    public async Task<List<Staff>> ReviewersOfAsync(Staff filer, CancellationToken cancellationToken)
    {
        var roles = await db.StaffRoles.AsNoTracking().Where(r => r.StaffId == filer.Id).Select(r => r.Role).ToListAsync(cancellationToken);
        List<Staff> reviewers;
        if (roles.Contains(StaffRole.PartySecretary))
        {
            reviewers = await directory.WithRoleAsync(StaffRole.DisciplineInspectionGroup, cancellationToken);
        }
        else if (roles.Contains(StaffRole.Leader))
        {
            reviewers = await directory.WithRoleAsync(StaffRole.PartySecretary, cancellationToken);
        }
        else
        {
            reviewers = await directory.OverseeingLeadersAsync(filer, cancellationToken);
            if (reviewers.Count == 0)
            {
                reviewers = await directory.WithRoleAsync(StaffRole.PartySecretary, cancellationToken);
            }
        }

        reviewers = [.. reviewers.Where(r => r.Id != filer.Id).DistinctBy(r => r.Id)];
        if (reviewers.Count == 0)
        {
            // Nobody holds the post that reviews this filer (no 派驻纪检监察组 imported yet, the 党组书记 vacant): the
            // 廉政监督员 reviews it rather than leave it 待审核 with nobody able to answer.
            reviewers = [.. (await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken)).Where(r => r.Id != filer.Id)];
        }

        return reviewers;
    }

    /// <summary>Who reviews this filing now: the reviewer who asked for more, else the reviewers by 干部管理权限.</summary>
    public async Task<List<Staff>> ReviewersOfAsync(Filing filing, CancellationToken cancellationToken)
    {
        if (filing.AssignedReviewerId is { } assigned
            && await db.Staff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == assigned && s.IsActive, cancellationToken) is { } reviewer)
        {
            return [reviewer];
        }

        var filer = await db.Staff.AsNoTracking().FirstAsync(s => s.Id == filing.FilerId, cancellationToken);
        return await ReviewersOfAsync(filer, cancellationToken);
    }

    /// <summary>The filings waiting for review (待审核), oldest first, with their filers: all of them for the supervisors,
    /// the 党组书记 and the 派驻纪检监察组, else those this person reviews.</summary>
    public async Task<List<Filing>> PendingReviewsAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var pending = await db.Filings.AsNoTracking().Include(f => f.Filer).ThenInclude(s => s!.Section)
            .Where(f => f.Status == FilingStatus.Pending).OrderBy(f => f.ReviewRequestedAt).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken);
        if (SeesAllReviews(viewer))
        {
            return pending;
        }

        var mine = new List<Filing>();
        foreach (var filing in pending)
        {
            if ((await ReviewersOfAsync(filing, cancellationToken)).Any(r => r.Id == viewer.Id))
            {
                mine.Add(filing);
            }
        }

        return mine;
    }

    public static bool SeesAllReviews(Staff viewer) =>
        viewer.HasRole(StaffRole.IntegritySupervisor) || viewer.HasRole(StaffRole.PartySecretary) || viewer.HasRole(StaffRole.DisciplineInspectionGroup);

    /// <summary>A filing as its reviewer sees it, with its filer; null when it is not there.</summary>
    public Task<Filing?> FindForReviewAsync(int filingId, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Include(f => f.Filer).ThenInclude(s => s!.Section).Include(f => f.Reviews)
            .FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken);

    /// <summary>Records a reviewer's decision on a filing waiting for him. The filer is told at once and the supervisors
    /// receive it for the record; 需补充 sends the filing back for amendment, to come back to this reviewer; an approved
    /// trip is handed to every <see cref="ITripApprovalListener"/>.</summary>
    public async Task<ReviewOutcome> ReviewAsync(
        Staff reviewer, int filingId, ReviewDecision decision, string? opinion, CancellationToken cancellationToken)
    {
        if (decision != ReviewDecision.Approve && string.IsNullOrWhiteSpace(opinion))
        {
            throw new ArgumentException("不同意 and 需补充 need an opinion.", nameof(opinion));
        }

        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var filing = await db.Filings.FirstOrDefaultAsync(f => f.Id == filingId, cancellationToken);
        if (filing is null)
        {
            return ReviewOutcome.NotFound;
        }

        if (filing.Status != FilingStatus.Pending)
        {
            return ReviewOutcome.NotPending;
        }

        if (!(await ReviewersOfAsync(filing, cancellationToken)).Any(r => r.Id == reviewer.Id))
        {
            return ReviewOutcome.NotReviewer;
        }

        var found = AuditRecords.Of(filing);
        var now = clock.UtcNow;
        var review = new FilingReview { FilingId = filing.Id, ReviewerId = reviewer.Id, Decision = decision, Opinion = opinion?.Trim(), DecidedAt = now };
        db.FilingReviews.Add(review);
        filing.Status = decision switch
        {
            ReviewDecision.Approve => FilingStatus.Approved,
            ReviewDecision.Reject => FilingStatus.Rejected,
            _ => FilingStatus.NeedsMore,
        };
        filing.AssignedReviewerId = decision == ReviewDecision.NeedsMore ? reviewer.Id : filing.AssignedReviewerId;
        filing.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(reviewer.Id, "filing.reviewed", AuditRecords.Of(filing),
            new { review = review.Id, decision = decision.ToString(), opinion = review.Opinion }, found, cancellationToken);

        var filer = await db.Staff.AsNoTracking().Include(s => s.Section).FirstAsync(s => s.Id == filing.FilerId, cancellationToken);
        var facts = FilingTexts.Facts(filing);
        await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.FilingReview, $"filing:{filing.Id}:review:{review.Id}:filer",
            FilingTexts.DecisionToFiler(reviewer, filing, decision, review.Opinion) with { Facts = facts }, [filer.Id], SenderId: reviewer.Id),
            cancellationToken);
        var supervisors = (await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken))
            .Select(s => s.Id).Where(id => id != filer.Id && id != reviewer.Id).ToList();
        if (supervisors.Count > 0)
        {
            await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.FilingNotice, $"filing:{filing.Id}:review:{review.Id}:record",
                FilingTexts.DecisionRecord(filer, reviewer, filing, decision, review.Opinion) with { Facts = facts }, supervisors,
                FilingTexts.ReadLabel, reviewer.Id), cancellationToken);
        }

        if (decision == ReviewDecision.Approve && filing.Kind == FilingKind.TravelAbroad)
        {
            foreach (var listener in tripListeners)
            {
                await listener.TripApprovedAsync(filing, cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return ReviewOutcome.Done;
    }

    public Task<List<Filing>> ListOwnAsync(int filerId, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Where(f => f.FilerId == filerId)
            .OrderByDescending(f => f.EventDate).ThenByDescending(f => f.Id)
            .ToListAsync(cancellationToken);

    public Task<Filing?> FindOwnAsync(int filerId, int filingId, CancellationToken cancellationToken) =>
        db.Filings.AsNoTracking().Include(f => f.Reviews).FirstOrDefaultAsync(f => f.Id == filingId && f.FilerId == filerId, cancellationToken);

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
        var filing = new Filing
        {
            SubmissionKey = submissionKey, FilerId = filer.Id, CreatedAt = now, UpdatedAt = now,
            Status = ReviewRequired ? FilingStatus.Pending : FilingStatus.Filed, ReviewRequestedAt = ReviewRequired ? now : null,
        };
        await ApplyAsync(draft, filing, cancellationToken);
        db.Filings.Add(filing);
        await RecordAsync(filer, filing, null, "filing.filed", FilingDraft.From(filing), FiledChange, FilingTexts.FiledNotice(filer, filing), [], cancellationToken);
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
        await ApplyAsync(draft, filing!, cancellationToken);
        filing!.UpdatedAt = clock.UtcNow;
        if (ReviewRequired && filing.Status is FilingStatus.NeedsMore or FilingStatus.Approved or FilingStatus.Pending or FilingStatus.Filed)
        {
            // Amended, the filing goes (back) to 待审核: after 需补充 to the reviewer who asked for more; one 已备案 before
            // review existed is reviewed like a new one.
            filing.Status = FilingStatus.Pending;
            filing.ReviewRequestedAt = filing.UpdatedAt;
        }

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

    /// <summary>Puts the draft into the filing with the marks the rules give it (逾期报告, above the scale limits); a reason
    /// the rules want must be in the draft.</summary>
    private async Task ApplyAsync(FilingDraft draft, Filing filing, CancellationToken cancellationToken)
    {
        var calendar = await calendars.LoadAsync(cancellationToken);
        var filedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(filing.CreatedAt, clock.TimeZone).DateTime);
        if (FilingRules.MissingReasons(draft, filedOn, calendar, options.Value).Count > 0)
        {
            throw new ArgumentException("The filing needs a reason for being late or above the scale limits.", nameof(draft));
        }

        draft.ApplyTo(filing);
        filing.IsLate = FilingRules.IsLate(draft, filedOn, calendar, options.Value);
        filing.LateReason = filing.IsLate ? draft.LateReason : null;
        filing.OverScale = FilingRules.IsOverScale(draft, options.Value);
        filing.ScaleReason = filing.OverScale ? draft.ScaleReason : null;
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
        var supervisors = await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken);
        var message = notice with { Facts = [.. changes, .. FilingTexts.Facts(filing)] };
        var reviewers = new List<int>();
        if (ReviewRequired)
        {
            reviewers = [.. (await ReviewersOfAsync(filing, cancellationToken)).Select(s => s.Id).Where(id => id != filer.Id)];
            if (filing.Status == FilingStatus.Pending && reviewers.Count > 0)
            {
                await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.FilingReview, $"filing:{filing.Id}:{change}:review",
                    FilingTexts.ReviewCard(filer, filing, change == FiledChange ? FilingTexts.SubmittedForReview(filer, filing) : message.Text)
                        with { Facts = message.Facts }, reviewers, SenderId: filer.Id),
                    cancellationToken);
            }
            else if (reviewers.Count > 0)
            {
                await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.FilingNotice, $"filing:{filing.Id}:{change}:reviewer", message, reviewers,
                    FilingTexts.ReadLabel, filer.Id), cancellationToken);
            }
        }

        // Without review the notice still goes where 干部管理权限 sends the filing (the 党组书记's to the 派驻纪检监察组).
        var leaders = ReviewRequired ? [] : await ReviewersOfAsync(filer, cancellationToken);
        var recipients = leaders.Concat(supervisors).Select(s => s.Id).Where(id => id != filer.Id && !reviewers.Contains(id)).Distinct().ToList();
        if (recipients.Count == 0)
        {
            return;
        }

        await outbox.EnqueueAsync(
            new OutboxRequest(OutboxKinds.FilingNotice, $"filing:{filing.Id}:{change}", message, recipients, FilingTexts.ReadLabel, filer.Id),
            cancellationToken);
    }
}
