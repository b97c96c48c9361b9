using Lianzheng.Core.Hosting;
using Lianzheng.Core.Persistence;
using Lianzheng.Scheduler.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Lianzheng.Scheduler;

/// <summary>Quartz: its persistent store in the application's database, the two jobs, their triggers in the bureau's
/// time zone (kept across restarts by <see cref="ScheduleKeeper"/>, which also starts the scheduler) and its health check.
/// Misfire policies, on purpose: the daily duties fire once now after a missed 09:00 (their outputs are keyed, so a
/// catch-up never repeats a message; before the day's own 09:00 the job leaves the work to that run); the reminder sweep
/// skips missed slots (one sweep covers all that came due). The misfire threshold is one minute.
/// On PostgreSQL the store is clustered: every replica runs a scheduler on the same tables, each trigger fires on one of
/// them, and the daily job asks for recovery, so a run whose replica died is run again by another.</summary>
internal static class SchedulerSetup
{
    public const string Group = "lianzheng";

    /// <summary>The name of the scheduler's check in /healthz.</summary>
    public const string HealthCheckName = "scheduler";

    public static void AddQuartzScheduler(IHostApplicationBuilder builder)
    {
        // Only whether and where Quartz runs is read here; everything a trigger is made of (time zone, send time,
        // sweep interval) comes from the validated options when the host starts.
        var configuration = builder.Configuration;
        var options = configuration.GetSection(SchedulerOptions.SectionName).Get<SchedulerOptions>() ?? new SchedulerOptions();
        if (!options.Enabled)
        {
            return;
        }

        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
            ?? DatabaseOptions.DefaultConnectionString(builder.Environment.ContentRootPath);
        var provider = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceName = "Lianzheng");
            if (options.Store == SchedulerStore.Database)
            {
                q.UsePersistentStore(store =>
                {
                    if (provider == DatabaseProvider.Postgres)
                    {
                        store.UsePostgres(connectionString);
                        store.UseClustering(c =>
                        {
                            c.CheckinInterval = options.ClusterCheckinInterval;
                            c.CheckinMisfireThreshold = options.ClusterCheckinMisfireThreshold;
                        });
                    }
                    else
                    {
                        store.UseSqlite(connectionString);
                    }

                    store.ProvisionSchema();
                    store.ConfigureStore(o => o.MisfireThreshold = TimeSpan.FromMinutes(1));
                });
            }

            q.AddJob<DailyDutiesJob>(j => j.WithIdentity(DailyDutiesJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<ReminderSweepJob>(j => j.WithIdentity(ReminderSweepJob.Key).StoreDurably());
            q.AddQuartzHealthChecks(h =>
            {
                h.Name = HealthCheckName;
                h.Tags.Add(HealthTags.Ready);
            });
        });
        builder.Services.AddSingleton<ScheduledTriggers>();
        builder.Services.AddHostedService<ScheduleKeeper>();
        builder.Services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            // ScheduleKeeper starts it, once the triggers are in order and every other service has started.
            o.AutoStart = false;
        });
    }
}
