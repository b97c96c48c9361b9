using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Scheduler;

/// <summary>Section "Scheduler": Quartz.</summary>
public sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>Off: no scheduled duties at all (deliveries still go out).</summary>
    public bool Enabled { get; set; } = true;

    public SchedulerStore Store { get; set; } = SchedulerStore.Database;

    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Scheduler:ReminderSweepInterval must be between 5 s and 1 h.")]
    public TimeSpan ReminderSweepInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>On PostgreSQL (Quartz clustered): how often each replica records in Quartz's tables that it is alive.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Scheduler:ClusterCheckinInterval must be between 1 s and 10 min.")]
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>On PostgreSQL: how long past a missed check-in the other replicas wait before they take a replica for dead
    /// and recover its jobs (a daily run it was in the middle of runs again on another). Longer than the worst pause a
    /// replica may have (a long garbage collection, a virtual machine moved).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Scheduler:ClusterCheckinMisfireThreshold must be between 1 s and 10 min.")]
    public TimeSpan ClusterCheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(20);
}
