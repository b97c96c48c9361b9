using Lianzheng.Core.Holidays;
using Lianzheng.Core.Time;
using Lianzheng.Scheduler.Jobs;
using Lianzheng.Scheduler.Outbox;
using Microsoft.Extensions.Options;
using Quartz;

namespace Lianzheng.Scheduler;

/// <summary>The triggers of the two jobs as the validated options define them: the daily duties at Holidays:SendAt in
/// Bureau:TimeZone, firing once now after a missed run; the reminder sweep every Scheduler:ReminderSweepInterval,
/// skipping missed slots.</summary>
internal sealed class ScheduledTriggers(IOptions<BureauOptions> bureau, IOptions<HolidayOptions> holidays, IOptions<SchedulerOptions> scheduler)
{
    public static readonly TriggerKey DailyDutiesKey = new("daily-duties-trigger", SchedulerSetup.Group);
    public static readonly TriggerKey ReminderSweepKey = new("reminder-sweep-trigger", SchedulerSetup.Group);

    private TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(bureau.Value.TimeZone);

    /// <summary>The daily duties' trigger, starting now on the scheduler's clock.</summary>
    public ITrigger DailyDuties(TimeProvider time)
    {
        var sendAt = holidays.Value.SendAt;
        return TriggerBuilder.Create(time).WithIdentity(DailyDutiesKey).ForJob(DailyDutiesJob.Key).StartNow()
            .WithCronSchedule($"0 {sendAt.Minute} {sendAt.Hour} * * ?", c => c.InTimeZone(Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed))
            .Build();
    }

    /// <summary>The reminder sweep's trigger, starting now on the scheduler's clock.</summary>
    public ITrigger ReminderSweep(TimeProvider time) =>
        TriggerBuilder.Create(time).WithIdentity(ReminderSweepKey).ForJob(ReminderSweepJob.Key).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(scheduler.Value.ReminderSweepInterval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
            .Build();

    /// <summary>Whether an instant is, in the bureau's time zone, earlier in its day than Holidays:SendAt: a missed run
    /// caught up then would only do early what that day's own run is still to do.</summary>
    public bool IsBeforeSendTime(DateTimeOffset instant) =>
        TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime) < holidays.Value.SendAt;

    /// <summary>Whether a stored trigger fires the same job on the same schedule as the wanted one; when it does, the
    /// stored one is kept with its fire times (and so with a run it missed while the bot was down).</summary>
    public static bool SameSchedule(ITrigger stored, ITrigger wanted) =>
        stored.JobKey.Equals(wanted.JobKey) && stored.MisfireInstructionCode == wanted.MisfireInstructionCode && (stored, wanted) switch
        {
            (ICronTrigger s, ICronTrigger w) => s.CronExpressionString == w.CronExpressionString && s.TimeZone.Id == w.TimeZone.Id,
            (ISimpleTrigger s, ISimpleTrigger w) => s.RepeatInterval == w.RepeatInterval && s.RepeatCount == w.RepeatCount,
            _ => false,
        };
}
