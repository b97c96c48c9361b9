using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Talks;

/// <summary>Section "Talks": the yearly integrity talks every leader owes each head of the sections he oversees.</summary>
public sealed class TalkOptions : IValidatableObject
{
    public const string SectionName = "Talks";

    /// <summary>Talks per leader × section head per year (default 2).</summary>
    [Range(1, 12, ErrorMessage = "Talks:RequiredPerYear must be between 1 and 12.")]
    public int RequiredPerYear { get; set; } = 2;

    /// <summary>By when (month, day) how many talks must have been held; the last one should ask for RequiredPerYear.</summary>
    public List<TalkCheckpoint> Checkpoints { get; set; } = [new(6, 30, 1), new(11, 30, 2)];

    /// <summary>How many days before a checkpoint a leader behind it is told.</summary>
    [Range(0, 60, ErrorMessage = "Talks:NoticeDaysBefore must be between 0 and 60 days.")]
    public int NoticeDaysBefore { get; set; } = 14;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var checkpoint in Checkpoints)
        {
            if (checkpoint.Month is < 1 or > 12 || checkpoint.Day < 1 || checkpoint.Day > DateTime.DaysInMonth(2025, checkpoint.Month))
            {
                yield return new ValidationResult($"Talks:Checkpoints has an impossible date {checkpoint.Month}-{checkpoint.Day} (month 1–12, a day of that month).");
            }

            if (checkpoint.Count < 1 || checkpoint.Count > RequiredPerYear)
            {
                yield return new ValidationResult($"Talks:Checkpoints {checkpoint.Month}-{checkpoint.Day} asks for {checkpoint.Count} talks; " +
                    $"it must be between 1 and Talks:RequiredPerYear ({RequiredPerYear}).");
            }
        }
    }
}
