using Lianzheng.Core.Filings;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Filings;

/// <summary>Reminds a reviewer, once per time a filing went to 待审核, who has not acted after
/// Filings:ReviewReminderWorkingDays working days; and tells the traveller and the reviewers, once, of a trip abroad
/// whose departure date has come without approval. Keyed, so a second run adds nothing.</summary>
public sealed class ReviewReminders(
    LianzhengDbContext db, FilingService filings, OutboxWriter outbox, BureauClock clock, IOptions<FilingOptions> options)
{
    public async Task<int> RunAsync(WorkCalendar calendar, CancellationToken cancellationToken)
    {
        if (options.Value.Review != ReviewMode.Required)
        {
            return 0;
        }

        var today = clock.Today;
        var waiting = await db.Filings.AsNoTracking().Include(f => f.Filer).ThenInclude(s => s!.Section)
            .Where(f => f.Status == FilingStatus.Pending || (f.Kind == FilingKind.TravelAbroad && f.Status == FilingStatus.NeedsMore))
            .OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var filing in waiting)
        {
            var reviewers = (await filings.ReviewersOfAsync(filing, cancellationToken)).Select(r => r.Id).ToList();
            if (filing.Status == FilingStatus.Pending && filing.ReviewRequestedAt is { } requested && reviewers.Count > 0)
            {
                var requestedOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(requested, clock.TimeZone).DateTime);
                if (WorkdaysBetween(calendar, requestedOn, today) >= options.Value.ReviewReminderWorkingDays)
                {
                    await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.FilingReview, $"filing:{filing.Id}:review-reminder:{requested.UtcTicks}",
                        FilingTexts.ReviewReminder(filing.Filer!, filing, options.Value.ReviewReminderWorkingDays) with { Facts = FilingTexts.Facts(filing) },
                        reviewers), cancellationToken);
                    queued++;
                }
            }

            if (filing.Kind == FilingKind.TravelAbroad && filing.EventDate <= today)
            {
                await outbox.EnqueueAsync(new OutboxRequest(OutboxKinds.FilingNotice, $"filing:{filing.Id}:not-approved-by-departure",
                    FilingTexts.TripNotApproved(filing) with { Facts = FilingTexts.Facts(filing) }, [filing.FilerId, .. reviewers]), cancellationToken);
                queued++;
            }
        }

        return queued;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    private static int WorkdaysBetween(WorkCalendar calendar, DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += calendar.IsWorkday(day) ? 1 : 0;
        }

        return count;
    }
}
