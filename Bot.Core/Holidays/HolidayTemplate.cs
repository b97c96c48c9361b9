namespace Lianzheng.Core.Holidays;

/// <summary>A holiday message text an integrity supervisor wrote in chat; it takes the place of the configured or
/// built-in text for that holiday.</summary>
public sealed class HolidayTemplate
{
    /// <summary>The holiday key (newyear, springfestival, …).</summary>
    public required string Key { get; set; }

    public required string Text { get; set; }

    public int UpdatedById { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
