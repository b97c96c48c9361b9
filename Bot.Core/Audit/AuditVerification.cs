namespace Lianzheng.Core.Audit;

/// <summary>What a verification of the audit trail found: the problems in the order they are checked (the first is the
/// one to report; none: intact), the chain's length and head,
/// how many records were checked per kind, and the older records whose latest entry has no state yet (written before
/// the chain recorded states; not checkable until they are baselined or next changed).</summary>
public sealed record AuditVerification(
    IReadOnlyList<AuditProblem> Problems,
    long Entries,
    long LastEntryId,
    string LastHash,
    IReadOnlyDictionary<string, int> RecordsChecked,
    IReadOnlyList<AuditRecord> Unstated,
    string? AnchorPath,
    bool Anchored)
{
    public AuditProblem? Problem => Problems.Count > 0 ? Problems[0] : null;

    public bool IsIntact => Problems.Count == 0;
}
