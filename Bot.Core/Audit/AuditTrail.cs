using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Audit;

/// <summary>The append-only audit trail: every entry carries the hash of its predecessor, so tampering shows.</summary>
public sealed class AuditTrail(LianzhengDbContext db, TimeProvider time)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    private static readonly JsonSerializerOptions DetailsJson = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Appends an entry and saves it, with whatever else the context holds, inside the caller's transaction
    /// or, when there is none, a transaction of its own (the chain head must not move between reading and writing).</summary>
    public async Task<AuditEntry> AppendAsync(
        int? actorId, string action, string entityType, string entityId, object details, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        var previous = await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken)
            ?? GenesisHash;
        var now = time.GetUtcNow();
        var entry = new AuditEntry
        {
            // Whole milliseconds: every store we use keeps them exactly, so the hash still fits when read back.
            At = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero),
            ActorId = actorId,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            Details = JsonSerializer.Serialize(details, DetailsJson),
            PreviousHash = previous,
            Hash = "",
        };
        entry.Hash = ComputeHash(entry);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return entry;
    }

    /// <summary>Walks the whole chain; returns the id of the first entry that does not fit, or null when intact.</summary>
    public async Task<long?> FindFirstBrokenEntryAsync(CancellationToken cancellationToken)
    {
        var expectedPrevious = GenesisHash;
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (entry.PreviousHash != expectedPrevious || entry.Hash != ComputeHash(entry))
            {
                return entry.Id;
            }

            expectedPrevious = entry.Hash;
        }

        return null;
    }

    public static string ComputeHash(AuditEntry entry)
    {
        var canonical = string.Join('\u001f',
            entry.PreviousHash,
            entry.At.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
            entry.ActorId?.ToString(CultureInfo.InvariantCulture) ?? "",
            entry.Action,
            entry.EntityType,
            entry.EntityId,
            entry.Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
