namespace Lianzheng.Core.Workbench;

/// <summary>The next holiday node: its name (holidays taken together, joined), its off days and the day its integrity message goes out.</summary>
public sealed record NextHoliday(string Name, DateOnly FirstOffDay, DateOnly LastOffDay, DateOnly SendDate, bool Official);
