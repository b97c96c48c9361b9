namespace Lianzheng.Core.Audit;

/// <summary>A record the audit trail covers, in its canonical form: the entity type and id an entry names, and the
/// record's state as canonical JSON (<see cref="AuditRecords"/>).</summary>
public sealed record AuditRecord(string EntityType, string EntityId, string State);
