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
}
