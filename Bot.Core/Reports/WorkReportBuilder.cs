using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Talks;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Reports;

/// <summary>Gathers a <see cref="WorkReport"/>'s figures for the whole bureau from the records themselves, with the same
/// rules the bot applies elsewhere: a filing is late or above the limits as it was marked when filed, its 事后报告 is due
/// Filings:ReportWithinDays after the event (or the trip's return), talks count as the talk quota counts them
/// (<see cref="TalkService"/>), messages and projects as the 工作台 lists them.</summary>
public sealed class WorkReportBuilder(
    LianzhengDbContext db, BureauClock clock, TalkService talks, WorkbenchMessages messages, WorkbenchProjects projects,
    IOptions<FilingOptions> filingOptions, IOptions<TalkOptions> talkOptions, IOptions<BureauOptions> bureau)
{
    public async Task<WorkReport> BuildAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var asOf = clock.Today;
        var (first, last) = (period.First, period.Last);
        var from = clock.ToUtc(first, TimeOnly.MinValue);
        var to = clock.ToUtc(last.AddDays(1), TimeOnly.MinValue);
        var filings = await FilingsAsync(first, last, asOf, cancellationToken);
        var trips = await TripsAsync(first, last, asOf, cancellationToken);
        var talkLines = await TalksAsync(first, last, cancellationToken);
        var projectRows = await projects.StartedAsync(first, last, cancellationToken);
        var messageRows = await messages.IntegrityMessagesAsync(from, to, cancellationToken);
        var offers = await db.DeclinedOffers.AsNoTracking().Where(o => o.OfferedOn >= first && o.OfferedOn <= last)
            .Select(o => new { o.Kind, o.EstimatedValue }).ToListAsync(cancellationToken);
        var feedback = await db.AuditFeedback.AsNoTracking().Where(f => f.SubmittedAt >= from && f.SubmittedAt < to)
            .Select(f => new { f.Rating, WithIssues = f.Issues.Count != 0 }).ToListAsync(cancellationToken);
        return new WorkReport(period, bureau.Value.Name, asOf, filings, trips, talkLines, projectRows, messageRows,
            [.. Enum.GetValues<OfferKind>().Select(k => new OfferLine(k, offers.Count(o => o.Kind == k), offers.Where(o => o.Kind == k).Sum(o => o.EstimatedValue ?? 0)))],
            new FeedbackFigures(feedback.Count, feedback.Count(f => f.WithIssues),
                Enum.GetValues<FeedbackRating>().ToDictionary(r => r, r => feedback.Count(f => f.Rating == r))));
    }

    private async Task<List<FilingLine>> FilingsAsync(DateOnly first, DateOnly last, DateOnly asOf, CancellationToken cancellationToken)
    {
        var within = filingOptions.Value.ReportWithinDays;
        var rows = await db.Filings.AsNoTracking().Where(f => f.EventDate >= first && f.EventDate <= last)
            .Select(f => new
            {
                f.Kind, f.Status, f.IsLate, f.OverScale, Ended = f.EndDate ?? f.EventDate,
                ReportedAt = f.FollowUp == null ? (DateTimeOffset?)null : f.FollowUp.ReportedAt,
            })
            .ToListAsync(cancellationToken);
        return [.. Enum.GetValues<FilingKind>().Select(kind =>
        {
            var of = rows.Where(r => r.Kind == kind).ToList();
            var filed = of.Where(r => r.Status != FilingStatus.Withdrawn).ToList();
            var reported = filed.Where(r => r.ReportedAt is not null)
                .Select(r => (OnTime: clock.DateOf(r.ReportedAt!.Value) <= r.Ended.AddDays(within), r)).ToList();
            var missing = filed.Count(r => r.ReportedAt is null && r.Status is FilingStatus.Filed or FilingStatus.Approved && r.Ended.AddDays(within) < asOf);
            return new FilingLine(kind, filed.Count, of.Count - filed.Count, filed.Count(r => !r.IsLate), filed.Count(r => r.IsLate), filed.Count(r => r.OverScale),
                reported.Count + missing, reported.Count(r => r.OnTime), reported.Count(r => !r.OnTime), missing);
        })];
    }

    private async Task<TripFigures> TripsAsync(DateOnly first, DateOnly last, DateOnly asOf, CancellationToken cancellationToken)
    {
        var trips = await db.Filings.AsNoTracking()
            .Where(f => f.Kind == FilingKind.TravelAbroad && f.EventDate >= first && f.EventDate <= last && f.Status != FilingStatus.Withdrawn)
            .Select(f => f.Status).ToListAsync(cancellationToken);
        var checkouts = await db.DocumentCheckouts.AsNoTracking().Where(c => c.DrawnOn >= first && c.DrawnOn <= last)
            .Select(c => new { c.DueOn, c.ReturnedOn }).ToListAsync(cancellationToken);
        var back = checkouts.Where(c => c.ReturnedOn is not null).ToList();
        var still = checkouts.Where(c => c.ReturnedOn is null).ToList();
        return new TripFigures(trips.Count, trips.Count(s => s is FilingStatus.Filed or FilingStatus.Approved or FilingStatus.Completed), checkouts.Count,
            back.Count(c => c.DueOn is null || c.ReturnedOn <= c.DueOn), back.Count(c => c.DueOn is not null && c.ReturnedOn > c.DueOn),
            still.Count, still.Count(c => c.DueOn is not null && c.DueOn < asOf));
    }

    /// <summary>The pairs that owe talks (today's oversight: leader × head, secretary × 班子成员) against their quota; then
    /// every other pair that talked in the year — a head who has since moved or left, a 提醒谈话 with anyone — with no quota
    /// (<see cref="TalkLine.PerYear"/> 0), so that no talk held is left out of a past period's report.</summary>
    private async Task<List<TalkLine>> TalksAsync(DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var yearStart = new DateOnly(first.Year, 1, 1);
        var options = talkOptions.Value;
        var owed = await talks.ProgressAsync(null, first, last, cancellationToken);
        var secretary = await talks.SecretaryProgressAsync(null, first, last, cancellationToken);
        var lines = Lines(owed, await talks.ProgressAsync(null, yearStart, last, cancellationToken), options.RequiredPerYear);
        lines.AddRange(Lines(secretary, await talks.SecretaryProgressAsync(null, yearStart, last, cancellationToken), options.SecretaryWithLeadersPerYear));

        var known = owed.Concat(secretary).Select(p => (p.LeaderId, p.HeadId)).ToHashSet();
        var inYear = await talks.HeldAsync(null, yearStart, last, cancellationToken);
        var inPeriod = await talks.HeldAsync(null, first, last, cancellationToken);
        var others = inYear.Keys.Where(k => !known.Contains(k)).ToList();
        var ids = others.SelectMany(k => new[] { k.Leader, k.Counterpart }).Distinct().ToList();
        var people = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id))
            .Select(s => new { s.Id, s.Name, Section = s.Section == null ? "" : s.Section.Name }).ToDictionaryAsync(s => s.Id, cancellationToken);
        lines.AddRange(others.OrderBy(k => k.Leader).ThenBy(k => k.Counterpart).Select(k => new TalkLine(
            people[k.Leader].Name, people[k.Counterpart].Name, people[k.Counterpart].Section, inPeriod.GetValueOrDefault(k), inYear[k], 0)));
        return lines;
    }

    private static List<TalkLine> Lines(List<TalkPair> inPeriod, List<TalkPair> inYear, int perYear)
    {
        var year = inYear.ToDictionary(p => (p.LeaderId, p.HeadId), p => p.Held);
        return [.. inPeriod.Select(p => new TalkLine(p.LeaderName, p.HeadName, p.SectionName, p.Held, year.GetValueOrDefault((p.LeaderId, p.HeadId)), perYear))];
    }
}
