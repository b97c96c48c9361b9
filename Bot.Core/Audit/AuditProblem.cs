namespace Lianzheng.Core.Audit;

/// <summary>The first thing wrong with the audit trail: a stable code, what is wrong in Chinese, and which entry and/or
/// which record it is about.</summary>
public sealed record AuditProblem(string Code, string Message, long? EntryId = null, string? EntityType = null, string? EntityId = null)
{
    public const string BrokenLink = "broken-link";
    public const string EntryHash = "entry-hash";
    public const string Downgraded = "downgraded";
    public const string UnknownScheme = "unknown-scheme";
    public const string OutsideChange = "outside-change";
    public const string AnchorMissing = "anchor-missing";
    public const string AnchorLine = "anchor-line";
    public const string Truncated = "truncated";
    public const string AnchorHash = "anchor-hash";
    public const string RecordChanged = "record-changed";
    public const string RecordDeleted = "record-deleted";
    public const string RecordUnrecorded = "record-unrecorded";

    /// <summary>Whether the chain itself (its entries or its anchor) is at fault, as opposed to a record that was changed
    /// outside the bot, which an intact chain reports. Only a head the chain and the anchor vouch for is anchored again.</summary>
    public bool InChain => Code is not (OutsideChange or RecordChanged or RecordDeleted or RecordUnrecorded);
}
