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

    /// <summary>Appends an entry and saves it (with whatever else the context holds), inside the caller's transaction if any.</summary>
    public async Task<AuditEntry> AppendAsync(
        int? actorId, string action, string entityType, string entityId, object details, CancellationToken cancellationToken)
    {
        var previous = db.AuditEntries.Local.Where(e => db.Entry(e).State == EntityState.Added).Select(e => e.Hash).LastOrDefault()
            ?? await db.AuditEntries.OrderByDescending(e => e.Id).Select(e => e.Hash).FirstOrDefaultAsync(cancellationToken)
            ?? GenesisHash;
        var entry = new AuditEntry
        {
            At = time.GetUtcNow(),
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
            entry.At.ToUniversalTime().ToString("O"),
            entry.ActorId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            entry.Action,
            entry.EntityType,
            entry.EntityId,
            entry.Details);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
