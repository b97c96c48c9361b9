using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Talks;

/// <summary>An integrity talk (廉政谈话) a leader held: with one section head (个别) or several people at once (集体,
/// also the 审前集体廉政提醒谈话 of an audit project). Never deleted: a mistaken record is withdrawn.</summary>
public sealed class IntegrityTalk
{
    public long Id { get; set; }

    public int LeaderId { get; set; }

    public Staff? Leader { get; set; }

    public TalkForm Form { get; set; }

    /// <summary>What kind of talk; rows recorded before kinds existed read <see cref="TalkKind.Routine"/> (column default).</summary>
    public TalkKind Kind { get; set; } = TalkKind.Routine;

    public DateOnly HeldOn { get; set; }

    public required string Summary { get; set; }

    /// <summary>For a 提醒谈话: the day the leader is reminded to follow it up, if he set one.</summary>
    public DateOnly? FollowUpOn { get; set; }

    /// <summary>The audit project whose pre-audit talk this was, if any.</summary>
    public int? AuditProjectId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public bool IsWithdrawn { get; set; }

    /// <summary>What made this record (the inbound message of its turn): a replay of the same message finds it instead
    /// of adding a second one.</summary>
    public string? SourceKey { get; set; }

    public List<TalkParticipant> Participants { get; set; } = [];
}
