using Lianzheng.Core.Calendar;
using Lianzheng.Core.Time;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Scheduler.Duties;

/// <summary>What the bot does every working day at 09:00: holiday messages, talk-due notices, the last call for
/// pre-audit talks, the chasing of follow-up reports and the supervisors' monthly messages. Everything it queues is keyed, so running it twice on a day
/// (a misfire catch-up, a recovered job, a second replica) sends nothing twice. Off days pass quietly.</summary>
public sealed partial class DailyDuties(
    HolidayCalendarStore calendars, HolidayMessages holidays, TalkDueNotices talks, PreAuditTalkCalls preAudit, FollowUpChasers followUps,
    Core.Announcements.IntegrityMessages monthly, BureauClock clock, ILogger<DailyDuties> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.LoadAsync(cancellationToken);
        var today = clock.Today;
        if (!calendar.IsWorkday(today))
        {
            LogOffDay(logger, today);
            return;
        }

        var holidayMessages = (await holidays.RunAsync(cancellationToken)).Count;
        var talkNotices = await talks.RunAsync(cancellationToken);
        var preAuditCalls = await preAudit.RunAsync(calendar, cancellationToken);
        var followUpChases = await followUps.RunAsync(cancellationToken);
        var monthlyMessages = await monthly.SendDueMonthlyAsync(calendar, cancellationToken);
        LogRan(logger, today, holidayMessages, talkNotices, preAuditCalls, followUpChases, monthlyMessages);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily duties of {Day}: an off day, nothing to do")]
    private static partial void LogOffDay(ILogger logger, DateOnly day);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Daily duties of {Day}: {HolidayMessages} holiday message(s), {TalkNotices} talk notice(s), {PreAuditCalls} pre-audit call(s), {FollowUps} follow-up chase(s), {Monthly} monthly message(s) considered")]
    private static partial void LogRan(ILogger logger, DateOnly day, int holidayMessages, int talkNotices, int preAuditCalls, int followUps, int monthly);
}
