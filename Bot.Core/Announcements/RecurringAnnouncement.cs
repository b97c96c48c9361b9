namespace Lianzheng.Core.Announcements;

/// <summary>An integrity message a supervisor set to go out every month, on <see cref="DayOfMonth"/> or the first
/// working day after it; each month's message is tracked like any other.</summary>
public sealed class RecurringAnnouncement
{
    public int Id { get; set; }

    public int SenderId { get; set; }

    public required string Title { get; set; }

    public required string Text { get; set; }

    public Audience Audience { get; set; }

    public int? SectionId { get; set; }

    public string? ConfirmLabel { get; set; }

    /// <summary>1–28.</summary>
    public int DayOfMonth { get; set; }

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? StoppedAt { get; set; }
}
