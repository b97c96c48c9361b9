namespace Lianzheng.Core.Audit;

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

    /// <summary>How <see cref="Hash"/> is made (see <c>AuditTrail</c>): 1 = unkeyed SHA-256, the entries written before the
    /// chain was keyed (the migration marks every existing row 1); 2 = HMAC-SHA256 with <c>Audit:Key</c>, over
    /// <see cref="State"/> too.</summary>
    public int Scheme { get; set; }

    /// <summary>For an entry about a record the trail covers (a filing, a talk, an audit project): the record's canonical
    /// state after the change (<c>AuditRecords</c>), against which the record in the database is checked. Null otherwise.</summary>
    public string? State { get; set; }
}
