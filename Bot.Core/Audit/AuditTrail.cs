using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Core.Audit;

/// <summary>The append-only audit trail: every entry carries the hash of its predecessor, so tampering shows.
/// <para>Schemes. An entry's hash is an HMAC-SHA256 with <c>Audit:Key</c> (<see cref="KeyedScheme"/>) over the entry,
/// its predecessor's hash and the state of the record it is about, so that whoever can write the database but does not
/// hold the key cannot recompute the chain. Entries written before the chain was keyed keep their unkeyed SHA-256
/// (<see cref="LegacyScheme"/>; the FaultTolerance migration marks them) and stay verifiable as they are: they can only form
/// the beginning of the chain, and the first keyed entry, by signing its predecessor's hash, vouches for all of them. A
/// legacy entry after a keyed one, or a chain whose head is rewritten, is found (the second by the anchor, see
/// <see cref="AuditAnchor"/>).</para>
/// <para>A broken trail is not a reason to refuse an append; the append is logged as an error instead. Refusing would
/// stop filings and talk records — duties the work plan demands — for everyone, on a break that anyone able to write one
/// byte of the database could cause; and appending hides nothing, since entries are never changed and the verifier
/// reports the first break whatever follows it. The one way a later append could hide tampering — recording a new state
/// on top of a record edited outside the bot — is closed here: a change passes the state the service read, and when it
/// is not the state last recorded, an <see cref="OutsideChangeAction"/> entry with what was found goes in first, and
/// stays in the chain as a finding.</para></summary>
public sealed partial class AuditTrail(
    LianzhengDbContext db, TimeProvider time, AuditKey key, AuditAnchor anchor, AuditTrailStatus status, ILogger<AuditTrail> logger)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Unkeyed SHA-256 over the entry without its state: entries written before the chain was keyed.</summary>
    public const int LegacyScheme = 1;

    /// <summary>HMAC-SHA256 with Audit:Key over the entry and its state.</summary>
    public const int KeyedScheme = 2;

    /// <summary>The action of an entry recording that a record was found changed outside the bot when the bot changed it.</summary>
    public const string OutsideChangeAction = "audit.outside-change";

    /// <summary>The action of an entry recording the state of a record whose entries predate states.</summary>
    public const string BaselineAction = "audit.baseline";

    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Appends an entry about something the trail does not check record by record (a directory import…) and
    /// saves it, with whatever else the context holds, inside the caller's transaction or, when there is none, a
    /// transaction of its own (the chain head must not move between reading and writing).</summary>
    public Task<AuditEntry> AppendAsync(
        int? actorId, string action, string entityType, string entityId, object details, CancellationToken cancellationToken) =>
        AuditRecords.Covers(entityType)
            ? throw new InvalidOperationException(
                $"An entry about a {entityType} must carry its state: pass AuditRecords.Of(record) instead of the entity type and id.")
            : AppendAsync(actorId, action, entityType, entityId, details, null, null, cancellationToken);

    /// <summary>Appends an entry about a new record, with the record's state (<see cref="AuditRecords"/>).</summary>
    public Task<AuditEntry> AppendAsync(int? actorId, string action, AuditRecord record, object details, CancellationToken cancellationToken) =>
        AppendAsync(actorId, action, record.EntityType, record.EntityId, details, record.State, null, cancellationToken);

    /// <summary>Appends an entry about a change of a record: <paramref name="found"/> is the record as the service read it
    /// before changing it (null for a new record), <paramref name="record"/> the record after.</summary>
    public Task<AuditEntry> AppendAsync(
        int? actorId, string action, AuditRecord record, object details, AuditRecord? found, CancellationToken cancellationToken) =>
        AppendAsync(actorId, action, record.EntityType, record.EntityId, details, record.State, found, cancellationToken);

    /// <summary>Walks the whole chain; returns the id of the first entry that does not fit, or null when intact. The full
    /// check (anchor, records) is <see cref="AuditVerifier"/>.</summary>
    public async Task<long?> FindFirstBrokenEntryAsync(CancellationToken cancellationToken)
    {
        AuditEntry? previous = null;
        var keyed = false;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Check(entry, previous, keyed) is not null)
            {
                return entry.Id;
            }

            keyed |= entry.Scheme == KeyedScheme;
            previous = entry;
        }

        return null;
    }

    /// <summary>The unkeyed SHA-256 of <see cref="LegacyScheme"/> entries.</summary>
    public static string ComputeHash(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', LegacyFields(entry)))));

    /// <summary>What is wrong with an entry given its predecessor (null for the first) and whether a keyed entry came
    /// before it; null when it fits.</summary>
    internal AuditProblem? Check(AuditEntry entry, AuditEntry? previous, bool afterKeyed)
    {
        if (entry.PreviousHash != (previous?.Hash ?? GenesisHash))
        {
            return previous is null
                ? Problem(AuditProblem.BrokenLink, AuditTexts.FirstEntryNotGenesis(entry.Id), entry)
                : Problem(AuditProblem.BrokenLink, AuditTexts.BrokenLink(entry.Id, previous.Id), entry);
        }

        return entry.Scheme switch
        {
            KeyedScheme when !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(entry.Hash), Encoding.ASCII.GetBytes(ComputeKeyedHash(entry))) =>
                Problem(AuditProblem.EntryHash, AuditTexts.KeyedHashMismatch(entry.Id), entry),
            KeyedScheme => null,
            LegacyScheme when afterKeyed => Problem(AuditProblem.Downgraded, AuditTexts.LegacyAfterKeyed(entry.Id), entry),
            LegacyScheme when entry.State is not null => Problem(AuditProblem.Downgraded, AuditTexts.LegacyWithState(entry.Id), entry),
            LegacyScheme when entry.Hash != ComputeHash(entry) => Problem(AuditProblem.EntryHash, AuditTexts.LegacyHashMismatch(entry.Id), entry),
            LegacyScheme => null,
            _ => Problem(AuditProblem.UnknownScheme, AuditTexts.UnknownScheme(entry.Id, entry.Scheme), entry),
        };
    }

    private async Task<AuditEntry> AppendAsync(
        int? actorId, string action, string entityType, string entityId, object details, string? state, AuditRecord? found,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (found is not null)
        {
            await RecordOutsideChangeAsync(found, cancellationToken);
        }

        var entry = await AddAsync(actorId, action, entityType, entityId, JsonSerializer.Serialize(details, DetailsJson), state, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return entry;
    }

    /// <summary>When the record the service read is not what the trail last recorded of it, says so in the chain first.</summary>
    private async Task RecordOutsideChangeAsync(AuditRecord found, CancellationToken cancellationToken)
    {
        var latest = await db.AuditEntries.Where(e => e.EntityType == found.EntityType && e.EntityId == found.EntityId)
            .OrderByDescending(e => e.Id).Select(e => new { e.Id, e.State }).FirstOrDefaultAsync(cancellationToken);
        if (latest?.State is not { } recorded || AuditRecords.Difference(recorded, found.State) is not { } difference)
        {
            return;
        }

        LogOutsideChange(logger, found.EntityType, found.EntityId, latest.Id, difference.Field);
        var details = JsonSerializer.Serialize(
            new { recordedIn = latest.Id, field = difference.Field, recorded = difference.Recorded, found = difference.Found }, DetailsJson);
        await AddAsync(null, OutsideChangeAction, found.EntityType, found.EntityId, details, found.State, cancellationToken);
    }

    private async Task<AuditEntry> AddAsync(
        int? actorId, string action, string entityType, string entityId, string details, string? state, CancellationToken cancellationToken)
    {
        var head = await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => new { e.Hash, e.Scheme }).FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow();
        if (head is not { Scheme: KeyedScheme })
        {
            // Before the first keyed entry: from now on a missing anchor file is a removed one.
            anchor.EnsureStarted(now);
        }
        else if (anchor.FilePath is { } anchorPath && !anchor.Exists)
        {
            LogAnchorMissing(logger, anchorPath);
        }

        if (status.Problem is { } problem)
        {
            LogAppendingOntoBrokenTrail(logger, action, entityType, entityId, problem.Code, problem.Message);
        }

        var entry = new AuditEntry
        {
            // Whole milliseconds: every store we use keeps them exactly, so the hash still fits when read back.
            At = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            ActorId = actorId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = details,
            PreviousHash = head?.Hash ?? GenesisHash,
            Hash = "",
            Scheme = KeyedScheme,
            State = state,
        };
        entry.Hash = ComputeKeyedHash(entry);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return entry;
    }

    private string ComputeKeyedHash(AuditEntry entry) =>
        key.Sign(string.Join('\u001f', [entry.Scheme.ToString(CultureInfo.InvariantCulture), .. LegacyFields(entry), entry.State ?? ""]));

    private static string[] LegacyFields(AuditEntry entry) =>
    [
        entry.PreviousHash,
        entry.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
        entry.ActorId?.ToString(CultureInfo.InvariantCulture) ?? "",
        entry.Action,
        entry.EntityType,
        entry.EntityId,
        entry.Details,
    ];

    private static AuditProblem Problem(string code, string message, AuditEntry entry) =>
        new(code, message, entry.Id,
            AuditRecords.Covers(entry.EntityType) ? entry.EntityType : null, AuditRecords.Covers(entry.EntityType) ? entry.EntityId : null);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "{EntityType} {EntityId} was changed outside the bot: it no longer matches audit entry {EntryId} " +
            "(first difference: {Field}); recorded as an audit.outside-change entry")]
    private static partial void LogOutsideChange(ILogger logger, string entityType, string entityId, long entryId, string field);

    [LoggerMessage(Level = LogLevel.Error, Message = "The audit anchor file {Path} is missing although the trail has keyed entries; audit-verify reports the trail broken")]
    private static partial void LogAnchorMissing(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Appending audit entry {Action} for {EntityType} {EntityId} onto a broken audit trail ({Code}: {Problem})")]
    private static partial void LogAppendingOntoBrokenTrail(ILogger logger, string action, string entityType, string entityId, string code, string problem);
}
