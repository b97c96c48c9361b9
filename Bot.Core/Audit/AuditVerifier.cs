using System.Globalization;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Core.Audit;

/// <summary>Proves the audit trail, in this order: every entry against its predecessor and its key
/// (<see cref="AuditTrail"/>; past a break nothing more is checked); the anchored heads against the chain
/// (<see cref="AuditAnchor"/>), so deleted newest entries are found; the entries recording a change made outside the bot;
/// every covered record against the state its latest entry recorded (<see cref="AuditRecords"/>), so an edited, deleted
/// or slipped-in record is found. The problems come in that order, the first is the one reported. Then anchors the
/// head, unless the chain or the anchor is at fault.</summary>
public sealed partial class AuditVerifier(
    LianzhengDbContext db, AuditTrail trail, AuditAnchor anchor, AuditTrailStatus status, TimeProvider time, ILogger<AuditVerifier> logger)
{
    /// <summary>Verifies the trail and anchors its head.</summary>
    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => VerifyAsync(newAnchor: false, cancellationToken);

    /// <summary>An operator's explicit act after restoring the database from a backup older than the anchor: verifies all
    /// but the anchor and, when the chain holds, keeps the old anchor file under a new name and starts a new one at the
    /// current head.</summary>
    public Task<AuditVerification> StartNewAnchorAsync(CancellationToken cancellationToken) => VerifyAsync(newAnchor: true, cancellationToken);

    private async Task<AuditVerification> VerifyAsync(bool newAnchor, CancellationToken cancellationToken)
    {
        var anchorLines = newAnchor ? null : anchor.Read();
        var anchoredIds = anchorLines?.Where(l => l.State == AnchorLineState.Authentic).Select(l => l.LastEntryId).ToHashSet() ?? [];
        var anchoredHashes = new Dictionary<long, string>();
        var latest = new Dictionary<(string EntityType, string EntityId), (long EntryId, string? State)>();
        var problems = new List<AuditProblem>();
        var findings = new List<AuditProblem>();
        AuditProblem? broken = null;
        AuditEntry? previous = null;
        var keyed = false;
        long entries = 0;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            broken = trail.Check(entry, previous, keyed);
            if (broken is not null)
            {
                break;
            }

            if (OutsideChange(entry) is { } finding)
            {
                findings.Add(finding);
            }

            keyed |= entry.Scheme == AuditTrail.KeyedScheme;
            entries++;
            if (anchoredIds.Contains(entry.Id))
            {
                anchoredHashes[entry.Id] = entry.Hash;
            }

            if (AuditRecords.Covers(entry.EntityType))
            {
                latest[(entry.EntityType, entry.EntityId)] = (entry.Id, entry.State);
            }

            previous = entry;
        }

        var lastId = previous?.Id ?? 0;
        var lastHash = previous?.Hash ?? AuditTrail.GenesisHash;
        var checkedRecords = new Dictionary<string, int>(StringComparer.Ordinal);
        var unstated = new List<AuditRecord>();
        if (broken is not null)
        {
            // Past a break nothing the chain says can be relied on: neither the head to compare with the anchor, nor the
            // states to compare the records with.
            problems.Add(broken);
        }
        else
        {
            if (!newAnchor && CheckAnchor(anchorLines, anchoredHashes, lastId, keyed) is { } anchorProblem)
            {
                problems.Add(anchorProblem);
            }

            problems.AddRange(findings);
            await CheckRecordsAsync(latest, lastId, checkedRecords, unstated, problems, cancellationToken);
        }

        var anchored = false;
        if (!problems.Any(p => p.InChain) && anchor.FilePath is { } path)
        {
            if (newAnchor && anchor.Restart(time.GetUtcNow()) is { } archive)
            {
                LogAnchorRestarted(logger, path, archive);
            }

            anchor.Append(time.GetUtcNow(), lastId, lastHash);
            anchored = true;
            LogAnchored(logger, lastId, lastHash, entries, path);
        }

        status.Set(problems.FirstOrDefault());
        return new AuditVerification(problems, entries, lastId, lastHash, checkedRecords, unstated, anchor.FilePath, anchored);
    }

    /// <summary>Records the current state of records whose entries predate states (see <see cref="AuditVerification.Unstated"/>),
    /// in one transaction, so that from now on they are checked too. Meant for the start of the bot, after an intact
    /// verification: what was in the database then is taken as it is, as the older entries cannot say otherwise.</summary>
    public async Task<int> BaselineAsync(IReadOnlyList<AuditRecord> unstated, CancellationToken cancellationToken)
    {
        if (unstated.Count == 0)
        {
            return 0;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var record in unstated)
        {
            await trail.AppendAsync(null, AuditTrail.BaselineAction, record, new { reason = "state of a record whose entries predate states" }, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        LogBaselined(logger, unstated.Count);
        return unstated.Count;
    }

    private static AuditProblem? OutsideChange(AuditEntry entry)
    {
        if (entry.Action != AuditTrail.OutsideChangeAction)
        {
            return null;
        }

        using var document = System.Text.Json.JsonDocument.Parse(entry.Details);
        var details = document.RootElement;
        var difference = AuditTexts.Difference(
            details.GetProperty("field").GetString(), details.GetProperty("recorded").GetString(), details.GetProperty("found").GetString());
        return new AuditProblem(AuditProblem.OutsideChange,
            AuditTexts.OutsideChange(entry.Id, AuditRecords.Describe(entry.EntityType, entry.EntityId),
                details.GetProperty("recordedIn").GetInt64(), difference),
            entry.Id, entry.EntityType, entry.EntityId);
    }

    private AuditProblem? CheckAnchor(IReadOnlyList<AnchorLine>? lines, Dictionary<long, string> anchoredHashes, long lastId, bool keyed)
    {
        if (anchor.FilePath is not { } path)
        {
            return null;
        }

        if (lines is null)
        {
            return keyed ? new AuditProblem(AuditProblem.AnchorMissing, AuditTexts.AnchorMissing(path)) : null;
        }

        foreach (var line in lines)
        {
            if (line.State != AnchorLineState.Authentic)
            {
                return new AuditProblem(AuditProblem.AnchorLine,
                    line.State == AnchorLineState.Forged ? AuditTexts.AnchorForged(path, line.Number) : AuditTexts.AnchorMalformed(path, line.Number));
            }

            if (line.LastEntryId == 0)
            {
                continue;
            }

            var at = AuditTexts.Time(line.At);
            if (!anchoredHashes.TryGetValue(line.LastEntryId, out var hash))
            {
                var text = lastId == 0 ? AuditTexts.TruncatedAll(at, line.LastEntryId)
                    : line.LastEntryId > lastId ? AuditTexts.Truncated(at, line.LastEntryId, lastId)
                    : AuditTexts.AnchoredEntryMissing(at, line.LastEntryId);
                return new AuditProblem(AuditProblem.Truncated, text, line.LastEntryId);
            }

            if (hash != line.LastHash)
            {
                return new AuditProblem(AuditProblem.AnchorHash, AuditTexts.AnchorHashMismatch(at, line.LastEntryId), line.LastEntryId);
            }
        }

        return null;
    }

    /// <summary>Checks every covered record against its latest entry up to <paramref name="lastId"/>, the head the chain walk
    /// reached. The records are read after the walk, without a snapshot (a read transaction would hold the write gate
    /// and keep every turn waiting): a record the bot changed meanwhile has an entry past the head and is left to the
    /// next verification, which reaches that entry.</summary>
    private async Task CheckRecordsAsync(
        Dictionary<(string EntityType, string EntityId), (long EntryId, string? State)> latest, long lastId,
        Dictionary<string, int> checkedRecords, List<AuditRecord> unstated, List<AuditProblem> problems, CancellationToken cancellationToken)
    {
        foreach (var covered in AuditRecords.Covered)
        {
            var present = new HashSet<string>(StringComparer.Ordinal);
            var count = 0;
            await foreach (var record in covered.Load(db).WithCancellation(cancellationToken))
            {
                present.Add(record.EntityId);
                var name = AuditRecords.Describe(record.EntityType, record.EntityId);
                if (!latest.TryGetValue((record.EntityType, record.EntityId), out var last))
                {
                    if (!await ChangedSinceAsync(record, lastId, cancellationToken))
                    {
                        problems.Add(new AuditProblem(AuditProblem.RecordUnrecorded, AuditTexts.RecordUnrecorded(name), null, record.EntityType, record.EntityId));
                    }

                    continue;
                }

                if (last.State is null)
                {
                    unstated.Add(record);
                    continue;
                }

                if (AuditRecords.Difference(last.State, record.State) is { } difference && !await ChangedSinceAsync(record, lastId, cancellationToken))
                {
                    var what = AuditTexts.Difference(difference.Field, difference.Recorded, difference.Found);
                    problems.Add(new AuditProblem(AuditProblem.RecordChanged, AuditTexts.RecordChanged(name, last.EntryId, what),
                        last.EntryId, record.EntityType, record.EntityId));
                    continue;
                }

                count++;
            }

            checkedRecords[covered.EntityType] = count;
            foreach (var ((entityType, entityId), last) in latest)
            {
                if (entityType == covered.EntityType && last.State is not null && !present.Contains(entityId))
                {
                    problems.Add(new AuditProblem(AuditProblem.RecordDeleted,
                        AuditTexts.RecordDeleted(AuditRecords.Describe(entityType, entityId), last.EntryId), last.EntryId, entityType, entityId));
                }
            }
        }
    }

    private Task<bool> ChangedSinceAsync(AuditRecord record, long lastId, CancellationToken cancellationToken) =>
        db.AuditEntries.AnyAsync(e => e.EntityType == record.EntityType && e.EntityId == record.EntityId && e.Id > lastId, cancellationToken);


    [LoggerMessage(Level = LogLevel.Information, Message = "Audit anchor: entry {LastEntryId}, hash {LastHash} ({Entries} entries), written to {Path}")]
    private static partial void LogAnchored(ILogger logger, long lastEntryId, string lastHash, long entries, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The audit anchor was restarted by an operator (audit-verify --new-anchor): {Path} starts anew, the " +
            "previous one is kept as {Archive}")]
    private static partial void LogAnchorRestarted(ILogger logger, string path, string archive);

    [LoggerMessage(Level = LogLevel.Information, Message = "Recorded the state of {Count} records whose audit entries predate states (audit.baseline)")]
    private static partial void LogBaselined(ILogger logger, int count);
}
