using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Scheduler;

public enum SchedulerStore
{
    /// <summary>Quartz's ADO job store in the application's database (its QRTZ_ tables, created by Quartz itself).</summary>
    Database,

    /// <summary>Quartz's in-memory store: nothing survives a restart, so a 09:00 missed while the bot was down is not
    /// caught up (the next run is the next 09:00).</summary>
    Memory,
}

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
