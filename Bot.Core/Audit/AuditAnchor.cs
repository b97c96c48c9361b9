using System.Globalization;
using System.Text;
using Lianzheng.Core.Persistence;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Audit;

/// <summary>The head of the audit trail (the newest entry's id and hash) anchored outside the database, so that deleting
/// the newest entries is found: an append-only file, one line per anchoring — time, last entry id, its hash, and an
/// HMAC of the three with <c>Audit:Key</c> — written at each verification (at start, daily, by <c>audit-verify</c>), each
/// anchoring also written to the log.
/// <para>Why a file, and the log: the anchor must sit where a write to the database does not reach; a table would be
/// rolled back together with the entries it is meant to vouch for. A file beside the database can be reached by the same
/// operating-system account, hence the HMAC (a line cannot be forged, or moved forward past a truncation, without the
/// key), the log line (logs are collected elsewhere and are not rewritten by whoever edits the database), and
/// <c>Audit:AnchorPath</c> (another volume, or a directory the database's other writers cannot write). A file is also
/// what every deployment has, with no service to run, and what the <c>audit-verify</c> command can read without the bot.
/// What the file alone cannot prove: that its own newest lines were not removed together with the newest entries by
/// someone who can write both; the anchor lines in the log are the copy out of his reach.</para>
/// <para>A missing file is accepted only while the trail holds no keyed entry yet (a new or just upgraded database):
/// the file is started before the first keyed entry is written, so afterwards its absence is itself a finding.</para></summary>
public sealed class AuditAnchor
{
    private const string Header = AuditTexts.AnchorFileHeader;

    private readonly AuditKey _key;
    private readonly Lazy<string?> _path;
    private readonly Lock _writing = new();

    public AuditAnchor(IOptions<AuditOptions> options, IOptions<DatabaseOptions> database, AuditKey key)
    {
        _key = key;
        _path = new Lazy<string?>(() => options.Value.AnchorPath is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : AuditFiles.DatabaseFile(database.Value) is { } file ? file + AuditFiles.AnchorSuffix : null);
    }

    /// <summary>The anchor file; null for an in-memory database, which has no head to keep beyond the process.</summary>
    public string? FilePath => _path.Value;

    public bool Exists => FilePath is { } path && File.Exists(path);

    /// <summary>The lines of the file, oldest first; null when there is no file.</summary>
    internal IReadOnlyList<AnchorLine>? Read()
    {
        if (FilePath is not { } path || !File.Exists(path))
        {
            return null;
        }

        var lines = new List<AnchorLine>();
        var number = 0;
        foreach (var text in File.ReadLines(path))
        {
            number++;
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            lines.Add(Parse(number, text));
        }

        return lines;
    }

    /// <summary>Appends a line for the given head.</summary>
    public void Append(DateTimeOffset at, long lastEntryId, string lastHash) => Write(at, lastEntryId, lastHash, onlyIfMissing: false);

    /// <summary>Keeps the current file under a name with the time in it and lets the next line start a new one; returns that
    /// name, or null when there was no file.</summary>
    internal string? Restart(DateTimeOffset at)
    {
        if (FilePath is not { } path)
        {
            return null;
        }

        lock (_writing)
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var archive = $"{path}.{at.ToUniversalTime().ToString("yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture)}";
            File.Move(path, archive);
            return archive;
        }
    }

    /// <summary>Starts the file, if there is none, with a line that claims nothing (entry 0, the genesis hash): from then on
    /// a missing file means a removed one.</summary>
    internal void EnsureStarted(DateTimeOffset at)
    {
        if (FilePath is { } path && !File.Exists(path))
        {
            Write(at, 0, AuditTrail.GenesisHash, onlyIfMissing: true);
        }
    }

    private void Write(DateTimeOffset at, long lastEntryId, string lastHash, bool onlyIfMissing)
    {
        if (FilePath is not { } path)
        {
            return;
        }

        var time = at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        var id = lastEntryId.ToString(CultureInfo.InvariantCulture);
        var line = $"{time}\t{id}\t{lastHash}\t{_key.Sign(Signed(time, id, lastHash))}\n";
        lock (_writing)
        {
            var exists = File.Exists(path);
            if (exists && onlyIfMissing)
            {
                return;
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // One write per line, in append mode: a line from another process (the bot and audit-verify) never lands
            // inside this one.
            using var file = AuditFiles.CreatePrivate(path, FileMode.Append);
            file.Write(Encoding.UTF8.GetBytes(exists ? line : Header + line));
            file.Flush(flushToDisk: true);
        }
    }

    private AnchorLine Parse(int number, string text)
    {
        var parts = text.Split('\t');
        if (parts.Length != 4
            || !DateTimeOffset.TryParseExact(parts[0], "O", CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return new AnchorLine(number, default, 0, "", AnchorLineState.Malformed);
        }

        var authentic = string.Equals(_key.Sign(Signed(parts[0], parts[1], parts[2])), parts[3], StringComparison.Ordinal);
        return new AnchorLine(number, at, id, parts[2], authentic ? AnchorLineState.Authentic : AnchorLineState.Forged);
    }

    private static string Signed(string time, string id, string hash) => string.Join('\u001f', "anchor", time, id, hash);
}
