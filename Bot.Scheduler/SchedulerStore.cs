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
