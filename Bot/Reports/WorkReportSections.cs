using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Offers;
using Lianzheng.Core.Reports;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;

namespace Lianzheng.Bot.Reports;

/// <summary>A <see cref="WorkReport"/>'s figures as the sections of the document and the sheets of the workbook: one
/// place turns the figures into rows, so that the two cannot disagree.</summary>
public static class WorkReportSections
{
    public static IReadOnlyList<ReportSection> Of(WorkReport report, BureauClock clock)
    {
        var f = report.Filings;
        var filingRows = f
            .Select(l => Row(DomainNames.Of(l.Kind), l.Filed, l.Withdrawn, l.OnTime, l.Late, l.OverScale, l.ReportsDue, l.ReportedOnTime, l.ReportedLate, l.NotReported))
            .Append(Row(ReportTexts.Total, f.Sum(l => l.Filed), f.Sum(l => l.Withdrawn), f.Sum(l => l.OnTime), f.Sum(l => l.Late), f.Sum(l => l.OverScale),
                f.Sum(l => l.ReportsDue), f.Sum(l => l.ReportedOnTime), f.Sum(l => l.ReportedLate), f.Sum(l => l.NotReported)))
            .ToList();
        var trips = report.Trips;
        var talks = report.Talks;
        var owed = talks.Where(t => t.PerYear > 0).ToList();
        var projects = report.Projects;
        var messages = report.Messages;
        var asked = messages.Where(m => m.Confirmed is not null).ToList();
        var offers = report.Offers;
        var ratings = report.Feedback.Ratings;
        return
        [
            new(ReportTexts.Filings, ReportTexts.FilingsProse(f.Sum(l => l.Filed), f.Sum(l => l.Withdrawn), f.Sum(l => l.OnTime), f.Sum(l => l.Late),
                    f.Sum(l => l.OverScale), f.Sum(l => l.ReportsDue), f.Sum(l => l.ReportedOnTime), f.Sum(l => l.ReportedLate), f.Sum(l => l.NotReported)),
                ReportTexts.FilingHeaders, filingRows),
            new(ReportTexts.Trips, ReportTexts.TripsProse(trips), ReportTexts.TripHeaders,
                [Row(trips.Trips, trips.Approved, trips.Drawn, trips.ReturnedOnTime, trips.ReturnedLate, trips.Out, trips.OutOverdue)]),
            new(ReportTexts.Talks,
                ReportTexts.TalksProse(owed.Count, owed.Count(t => t.HeldInYear >= t.PerYear), talks.Sum(t => t.HeldInPeriod)),
                ReportTexts.TalkHeaders,
                [.. talks.Select(t => Row(t.Leader, t.Counterpart, t.Section, t.HeldInPeriod, t.HeldInYear, t.PerYear == 0 ? ReportTexts.None : t.PerYear,
                    ReportTexts.TalkDone(t.HeldInYear, t.PerYear)))]),
            new(ReportTexts.Projects, ReportTexts.ProjectsProse(projects.Count, projects.Count(p => p.IsMajor), projects.Count(p => p.IsMajor && p.TalkHeldOn is not null),
                    projects.Sum(p => p.Team), projects.Sum(p => p.Committed), projects.Count(p => p.Report is not null)),
                ReportTexts.ProjectHeaders,
                [.. projects.Select(p => Row(p.Name, p.IsMajor ? ReportTexts.Yes : ReportTexts.No, p.StartDate, p.EndDate,
                    p.TalkHeldOn is { } held ? held : p.IsMajor ? ReportTexts.NotTalked : ReportTexts.None,
                    p.Team, p.Committed, p.Report is null ? ReportTexts.NotReported : ReportTexts.Reported, p.Answers, p.AnswersWithIssues))]),
            new(ReportTexts.Messages, ReportTexts.MessagesProse(messages.Count, messages.Sum(m => m.Recipients), messages.Sum(m => m.Reached),
                    asked.Sum(m => m.Recipients), asked.Sum(m => m.Confirmed ?? 0)),
                ReportTexts.MessageHeaders,
                [.. messages.Select(m => Row(clock.DateOf(m.CreatedAt), m.Title, m.Recipients, m.Reached, ReportTexts.Percent(m.Reached, m.Recipients),
                    m.Confirmed is null ? ReportTexts.None : m.Recipients, m.Confirmed, m.Confirmed is { } c ? ReportTexts.Percent(c, m.Recipients) : ReportTexts.None))]),
            new(ReportTexts.Offers, ReportTexts.OffersProse(offers.Sum(o => o.Count), offers.Sum(o => o.EstimatedValue)), ReportTexts.OfferHeaders,
                [.. offers.Select(o => Row(OfferTexts.Kinds[o.Kind], o.Count, o.EstimatedValue)),
                    Row(ReportTexts.Total, offers.Sum(o => o.Count), offers.Sum(o => o.EstimatedValue))]),
            new(ReportTexts.Feedback, ReportTexts.FeedbackProse(report.Feedback,
                    string.Join("、", ratings.Select(r => $"{AuditProjectTexts.RatingName(r.Key)} {r.Value} 份"))),
                ReportTexts.FeedbackHeaders, [.. ratings.Select(r => Row(AuditProjectTexts.RatingName(r.Key), r.Value))]),
        ];
    }

    private static object?[] Row(params object?[] cells) => cells;
}
