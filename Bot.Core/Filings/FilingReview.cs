using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Filings;

/// <summary>One decision of a reviewer on a filing; kept for every round, so 需补充 → 同意 stays on record.</summary>
public sealed class FilingReview
{
    public int Id { get; set; }

    public int FilingId { get; set; }

    public Filing? Filing { get; set; }

    public int ReviewerId { get; set; }

    public Staff? Reviewer { get; set; }

    public ReviewDecision Decision { get; set; }

    public string? Opinion { get; set; }

    public DateTimeOffset DecidedAt { get; set; }
}
