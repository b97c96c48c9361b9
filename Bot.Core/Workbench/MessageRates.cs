namespace Lianzheng.Core.Workbench;

/// <summary>This year's integrity messages (holiday and ad hoc, not the reminders of them) at a glance: how many went out,
/// to how many people in all, how many of those they reached, and of the messages asking for it, how many confirmed.</summary>
public sealed record MessageRates(int Year, int Messages, int Recipients, int Reached, int ToConfirm, int Confirmed)
{
    public static int? Percent(int part, int whole) => whole == 0 ? null : (int)Math.Round(100.0 * part / whole);
}
