using System.Security.Cryptography;
using System.Text;
using Lianzheng.Core.Persistence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Audit;

/// <summary>The secret that keys the audit trail, kept outside the database so that whoever can write the database cannot
/// recompute the chain. <c>Audit:Key</c> when set (required in Production, checked at start); otherwise a key generated
/// once and kept in <c>&lt;database file&gt;.audit-key</c> beside the SQLite database, created 0600 and read from there
/// afterwards; for an in-memory database, which lives no longer than the process, a key for this process. The key is
/// read on first use, so that commands which never touch the trail do not need it.</summary>
public sealed partial class AuditKey
{
    private readonly Lazy<byte[]> _key;

    public AuditKey(IOptions<AuditOptions> options, IOptions<DatabaseOptions> database, ILogger<AuditKey> logger) =>
        _key = new Lazy<byte[]>(() => Encoding.UTF8.GetBytes(Load(options.Value, database.Value, logger)));

    /// <summary>HMAC-SHA256 of the text with the key, as lower-case hex.</summary>
    public string Sign(string canonical) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(canonical)));

    private static string Load(AuditOptions options, DatabaseOptions database, ILogger logger)
    {
        if (!string.IsNullOrEmpty(options.Key))
        {
            return options.Key;
        }

        if (AuditFiles.DatabaseFile(database) is not { } databaseFile)
        {
            return Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        var path = databaseFile + AuditFiles.KeySuffix;
        if (!File.Exists(path))
        {
            var generated = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            try
            {
                using var file = AuditFiles.CreatePrivate(path, FileMode.CreateNew);
                file.Write(Encoding.UTF8.GetBytes(generated + "\n"));
                file.Flush(flushToDisk: true);
                LogGenerated(logger, path);
                return generated;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process (the bot and a command started together) wrote it first: use that one.
            }
        }

        if (AuditFiles.IsShared(path))
        {
            LogShared(logger, path);
        }

        var key = File.ReadAllText(path).Trim();
        return key.Length >= AuditOptions.MinimumKeyLength
            ? key
            : throw new InvalidOperationException($"The audit key file {path} is empty or too short; restore it from a copy, or set Audit:Key.");
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Audit:Key is not set: generated the key of this database's audit trail in {Path} (mode 0600). " +
            "Outside Development set Audit:Key instead, and keep a copy of the key")]
    private static partial void LogGenerated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The audit key file {Path} can be read or written by others than its owner; run chmod 600 on it")]
    private static partial void LogShared(ILogger logger, string path);
}
