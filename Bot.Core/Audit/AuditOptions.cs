namespace Lianzheng.Core.Audit;

/// <summary>Section "Audit": the secret that keys the audit trail and where its anchor is kept.</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>The shortest key accepted: a key is only as strong as it is hard to guess, and whoever holds the database
    /// can try guesses against it at leisure.</summary>
    public const int MinimumKeyLength = 32;

    public const string KeyRequiredMessage =
        "Audit:Key is required in Production: the audit trail is signed (HMAC-SHA256) with a secret kept outside the " +
        "database, so that whoever can write the database cannot rewrite the trail. Generate one with " +
        "`openssl rand -base64 32`, set it as the environment variable Audit__Key (or in a secrets store), and keep a " +
        "copy somewhere safe: without the same key the trail cannot be verified.";

    public const string KeyTooShortMessage =
        "Audit:Key is too short: use at least 32 characters, e.g. the output of `openssl rand -base64 32`.";

    public const string PostgresNeedsKeyAndAnchorMessage =
        "Database:Provider is Postgres: set Audit:Key (the same on every replica, at least 32 characters, e.g. `openssl rand " +
        "-base64 32`) and Audit:AnchorPath (a file outside the database, e.g. /var/lib/lianzheng/audit-anchor, on a volume " +
        "the database's writers cannot write). With SQLite both default to files beside the database; a PostgreSQL " +
        "database has no file to put them beside. 使用 PostgreSQL 时须设置 Audit:Key（各副本相同）和 Audit:AnchorPath（数据库之外的锚点文件）。";

    /// <summary>The secret keying every entry's hash (HMAC-SHA256 over the entry; the key is used as its UTF-8 bytes).
    /// Required in Production. Elsewhere, when it is not set, a key is generated once and kept in
    /// <c>&lt;database file&gt;.audit-key</c> beside the SQLite database (mode 0600), and read from there afterwards.</summary>
    public string? Key { get; set; }

    /// <summary>The anchor file (see <see cref="AuditAnchor"/>); default <c>&lt;database file&gt;.audit-anchor</c> beside
    /// the SQLite database. Put it on another volume, or one the database's writers cannot write, for a stronger anchor.</summary>
    public string? AnchorPath { get; set; }
}
