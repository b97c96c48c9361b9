using Lianzheng.Core.Announcements;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Lianzheng.Scheduler.AuditProjects;
using Lianzheng.Scheduler.Filings;
using Lianzheng.Scheduler.Holidays;
using Lianzheng.Scheduler.Talks;
using Lianzheng.Scheduler.Travel;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Scheduler.Duties;

/// <summary>What the bot does every working day at 09:00: holiday messages, talk-due notices, the last call for
/// pre-audit talks, the 审计纪律告知书 before 进点 and the 执行情况报告 at 离场, the chasing of follow-up reports and of travel
/// documents not handed back, the supervisors' monthly messages and the follow-up days of
/// 提醒谈话. Everything it queues is keyed, so running it twice on a day
/// (a misfire catch-up, a recovered job, a second replica) sends nothing twice. Off days pass quietly.
/// The duties are independent: one that fails is logged, what it left unsaved is dropped, and the others still run; the run then fails, naming the
/// duties that failed, and the next run (the next day, or one fired by hand) does what they did not.</summary>
public sealed partial class DailyDuties(
    HolidayCalendarStore calendars, HolidayMessages holidays, TalkDueNotices talks, PreAuditTalkCalls preAudit, FieldworkDuties fieldwork, FollowUpChasers followUps,
    ReviewReminders reviewReminders, DocumentReturnChasers documents,
    AnnouncementService monthly, TalkFollowUpReminders talkFollowUps, LianzhengDbContext db, BureauClock clock, ILogger<DailyDuties> logger)
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

        var failures = new List<DailyDutyException>();
        var holidayMessages = await RunDutyAsync("holiday-messages", async () => (await holidays.RunAsync(cancellationToken)).Count);
        var talkNotices = await RunDutyAsync("talk-due-notices", () => talks.RunAsync(cancellationToken));
        var preAuditCalls = await RunDutyAsync("pre-audit-calls", () => preAudit.RunAsync(calendar, cancellationToken));
        var fieldworkMessages = await RunDutyAsync("audit-fieldwork", () => fieldwork.RunAsync(calendar, cancellationToken));
        var followUpChases = await RunDutyAsync("follow-up-chasers", () => followUps.RunAsync(cancellationToken));
        var reviewReminderCount = await RunDutyAsync("review-reminders", () => reviewReminders.RunAsync(calendar, cancellationToken));
        var monthlyMessages = await RunDutyAsync("monthly-messages", () => monthly.SendDueMonthlyAsync(calendar, cancellationToken));
        var talkFollowUpReminders = await RunDutyAsync("talk-follow-ups", () => talkFollowUps.RunAsync(cancellationToken));
        var documentChases = await RunDutyAsync("document-return-chasers", () => documents.RunAsync(cancellationToken));
        LogRan(logger, today, holidayMessages, talkNotices, preAuditCalls, fieldworkMessages, followUpChases, reviewReminderCount, monthlyMessages, talkFollowUpReminders,
            documentChases, failures.Count);
        if (failures.Count > 0)
        {
            throw new AggregateException($"Daily duties of {today:yyyy-MM-dd}: {string.Join(", ", failures.Select(f => f.Duty))} failed; the others ran.", failures);
        }

        async Task<int?> RunDutyAsync(string duty, Func<Task<int>> run)
        {
            try
            {
                return await run();
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogDutyFailed(logger, duty, today, ex);
                failures.Add(new DailyDutyException(duty, ex));
                // The duties share the job's context: what the failed one left unsaved must not fail the next one's save.
                db.ChangeTracker.Clear();
                return null;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Daily duties of {Day}: an off day, nothing to do")]
    private static partial void LogOffDay(ILogger logger, DateOnly day);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Daily duties of {Day}: {HolidayMessages} holiday message(s), {TalkNotices} talk notice(s), " +
            "{PreAuditCalls} pre-audit call(s), {Fieldwork} audit notice(s) and report request(s), {FollowUps} follow-up chase(s), " +
            "{ReviewReminders} review reminder(s), {Monthly} monthly message(s), " +
            "{TalkFollowUps} talk follow-up reminder(s), {Documents} travel document chase(s) considered; {Failed} duty(ies) failed")]
    private static partial void LogRan(ILogger logger, DateOnly day, int? holidayMessages, int? talkNotices, int? preAuditCalls, int? fieldwork, int? followUps,
        int? reviewReminders, int? monthly, int? talkFollowUps, int? documents, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Daily duty {Duty} of {Day} failed; the other duties still run")]
    private static partial void LogDutyFailed(ILogger logger, string duty, DateOnly day, Exception exception);
}
