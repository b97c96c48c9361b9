using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Talks;

/// <summary>Section "Talks": the yearly integrity talks every leader owes each head of the sections he oversees, and
/// the party secretary each 班子成员.</summary>
public sealed class TalkOptions : IValidatableObject
{
    public const string SectionName = "Talks";

    /// <summary>The longest summary the dialog accepts (the column holds more).</summary>
    public const int MaxSummaryLength = 500;

    /// <summary>Talks per leader × section head per year (default 2).</summary>
    [Range(1, 12, ErrorMessage = "Talks:RequiredPerYear must be between 1 and 12.")]
    public int RequiredPerYear { get; set; } = 2;

    /// <summary>By when (month, day) how many talks must have been held; the last one should ask for RequiredPerYear.</summary>
    public List<TalkCheckpoint> Checkpoints { get; set; } = [new(6, 30, 1), new(11, 30, 2)];

    /// <summary>How many days before a checkpoint a leader behind it is told.</summary>
    [Range(0, 60, ErrorMessage = "Talks:NoticeDaysBefore must be between 0 and 60 days.")]
    public int NoticeDaysBefore { get; set; } = 14;

    /// <summary>Whether a 审前集体廉政提醒谈话 counts toward the leader × head quota for the heads on the team (default
    /// false: a collective talk with a team is not a talk with the section head).</summary>
    public bool CountPreAuditTalks { get; set; }

    /// <summary>Talks the 党组书记 holds with each 班子成员 per year (default 1; 0 = not tracked).</summary>
    [Range(0, 12, ErrorMessage = "Talks:SecretaryWithLeadersPerYear must be between 0 (not tracked) and 12.")]
    public int SecretaryWithLeadersPerYear { get; set; } = 1;

    /// <summary>The shortest summary of a talk, in characters (default 10).</summary>
    [Range(1, MaxSummaryLength, ErrorMessage = "Talks:MinSummaryLength must be between 1 and 500 characters (the longest summary is 500).")]
    public int MinSummaryLength { get; set; } = 10;

    /// <summary>The secretary's checkpoints: the leaders' <see cref="Checkpoints"/> with each count scaled to
    /// <see cref="SecretaryWithLeadersPerYear"/> and rounded down (count × SecretaryWithLeadersPerYear ÷ RequiredPerYear);
    /// a checkpoint that comes to 0 is dropped. Defaults (1 of 2): 30 June asks 0 and is dropped, 30 November asks 1.</summary>
    public IReadOnlyList<TalkCheckpoint> SecretaryCheckpoints() =>
        [.. Checkpoints.Select(c => c with { Count = c.Count * SecretaryWithLeadersPerYear / RequiredPerYear }).Where(c => c.Count > 0)];

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

        if (SecretaryWithLeadersPerYear > 0 && RequiredPerYear > 0 && SecretaryCheckpoints().Count == 0)
        {
            yield return new ValidationResult($"Talks:SecretaryWithLeadersPerYear ({SecretaryWithLeadersPerYear}) scaled to the checkpoints leaves none: " +
                "the latest of Talks:Checkpoints should ask for Talks:RequiredPerYear talks, so that the secretary is told before it.");
        }
    }
}
