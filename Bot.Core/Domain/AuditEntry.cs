namespace Lianzheng.Core.Domain;

/// <summary>One entry of the append-only audit trail; each carries the hash of the previous one.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public int? ActorId { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public required string EntityId { get; set; }

    public required string Details { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
