namespace Lianzheng.Scheduler.Duties;

/// <summary>One of the daily duties failed; the run's failure carries one of these per failed duty.</summary>
public sealed class DailyDutyException(string duty, Exception inner)
    : Exception($"Daily duty {duty} failed: {inner.Message}", inner)
{
    public string Duty { get; } = duty;
}
