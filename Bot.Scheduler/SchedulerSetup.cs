using Lianzheng.Core.Calendar;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Time;
using Lianzheng.Scheduler.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Lianzheng.Scheduler;

/// <summary>Quartz: its persistent store in the application's database, the bureau's time zone, and the two jobs.
/// Misfire policies, on purpose: the daily duties fire once now after a missed 09:00 (their outputs are keyed, so a
/// catch-up never repeats a message); the reminder sweep skips missed slots (one sweep covers all that came due).
/// The misfire threshold is one minute.</summary>
internal static class SchedulerSetup
{
    public const string Group = "lianzheng";

    public static void AddQuartzScheduler(IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        if (!options.Enabled)
        {
            return;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(configuration[$"{BureauOptions.SectionName}:{nameof(BureauOptions.TimeZone)}"] ?? new BureauOptions().TimeZone);
        var sendAt = configuration.GetSection(HolidayOptions.SectionName).Get<HolidayOptions>()?.SendAt ?? new HolidayOptions().SendAt;
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? DatabaseOptions.DefaultConnectionString(builder.Environment.ContentRootPath);
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "Lianzheng";
                s.DefaultTimeZone = zone;
            });
            if (options.Store == SchedulerStore.Database)
            {
                q.UsePersistentStore(store =>
                {
                    store.UseSqlite(connectionString);
                    store.ProvisionSchema();
                    store.ConfigureStore(o => o.MisfireThreshold = TimeSpan.FromMinutes(1));
                });
            }

            q.AddJob<DailyDutiesJob>(j => j.WithIdentity(DailyDutiesJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger(t => t.WithIdentity("daily-duties-trigger", Group).ForJob(DailyDutiesJob.Key)
                .WithCronSchedule($"0 {sendAt.Minute} {sendAt.Hour} * * ?", c => c.InTimeZone(zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
            q.AddJob<ReminderSweepJob>(j => j.WithIdentity(ReminderSweepJob.Key).StoreDurably());
            q.AddTrigger(t => t.WithIdentity("reminder-sweep-trigger", Group).ForJob(ReminderSweepJob.Key)
                .WithSimpleSchedule(s => s.WithInterval(options.ReminderSweepInterval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        builder.Services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
    }
}
