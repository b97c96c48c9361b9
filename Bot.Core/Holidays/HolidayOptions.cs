using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Holidays;

/// <summary>Section "Holidays": when the holiday integrity messages go out and what they say.</summary>
public sealed class HolidayOptions
{
    public const string SectionName = "Holidays";

    /// <summary>How many working days before the first off day the message is sent (default 2).</summary>
    [Range(0, 10, ErrorMessage = "Holidays:WorkdaysBefore must be between 0 and 10 working days.")]
    public int WorkdaysBefore { get; set; } = 2;

    /// <summary>The local time of day (bureau time zone) the message is sent.</summary>
    public TimeOnly SendAt { get; set; } = new(9, 0);

    /// <summary>Those who have not confirmed by then are reminded once, this long after the message was sent.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "7.00:00:00", ErrorMessage = "Holidays:ReminderAfter must be between 10 minutes and 7 days.")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Replacement texts by holiday key (newyear, springfestival, …); placeholders {holiday} {firstOffDay}
    /// {lastOffDay} {bureau}. A holiday without an entry uses the default text.</summary>
    public Dictionary<string, string> Templates { get; set; } = [];

    /// <summary>The label of the confirm button.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Holidays:ConfirmLabel must not be empty (e.g. 收到).")]
    [StringLength(8, ErrorMessage = "Holidays:ConfirmLabel must be at most 8 characters.")]
    public string ConfirmLabel { get; set; } = "收到";
}
