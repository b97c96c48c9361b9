using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Talks;

/// <summary>Records integrity talks and counts them against the quota.</summary>
public sealed class TalkService(LianzhengDbContext db, AuditTrail audit, BureauClock clock)
{
    /// <summary>The heads of the sections a leader oversees (他分管股室的负责人), himself excluded.</summary>
    public Task<List<Staff>> HeadsOverseenByAsync(int leaderId, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking()
            .Where(s => s.IsActive && s.Id != leaderId && s.Roles.Any(r => r.Role == StaffRole.SectionHead)
                && db.Oversights.Any(o => o.LeaderId == leaderId && o.SectionId == s.SectionId))
            .Include(s => s.Section)
            .OrderBy(s => s.SectionId).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Every leader × overseen head pair (of one leader, or of all when null) with the talks held in the year.</summary>
    public async Task<List<TalkPair>> ProgressAsync(int? leaderId, int year, CancellationToken cancellationToken)
    {
        var pairs = await (
            from o in db.Oversights
            join head in db.Staff on o.SectionId equals head.SectionId
            where (leaderId == null || o.LeaderId == leaderId) && o.Leader!.IsActive && head.IsActive && head.Id != o.LeaderId
                && head.Roles.Any(r => r.Role == StaffRole.SectionHead)
            select new { o.LeaderId, LeaderName = o.Leader!.Name, HeadId = head.Id, HeadName = head.Name, SectionName = head.Section!.Name })
            .ToListAsync(cancellationToken);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var talks = await db.IntegrityTalks.AsNoTracking()
            .Where(t => !t.IsWithdrawn && t.HeldOn >= first && t.HeldOn <= last && (leaderId == null || t.LeaderId == leaderId))
            .ToListAsync(cancellationToken);
        var counts = talks.SelectMany(t => t.Participants.Select(p => (t.LeaderId, p.StaffId)))
            .GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());
        return [.. pairs.DistinctBy(p => (p.LeaderId, p.HeadId))
            .Select(p => new TalkPair(p.LeaderId, p.LeaderName, p.HeadId, p.HeadName, p.SectionName, counts.GetValueOrDefault((p.LeaderId, p.HeadId))))
            .OrderBy(p => p.LeaderId).ThenBy(p => p.HeadId)];
    }

    /// <summary>Stores a talk with its audit entry, in one transaction (the caller's, if any). With a source key (the
    /// inbound message that records it) a second call returns the talk the first one stored.</summary>
    public async Task<IntegrityTalk> RecordAsync(
        Staff leader, IReadOnlyCollection<int> participantIds, TalkForm form, DateOnly heldOn, string summary, int? auditProjectId,
        CancellationToken cancellationToken, string? sourceKey = null)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (sourceKey is not null
            && await db.IntegrityTalks.Include(t => t.Participants).FirstOrDefaultAsync(t => t.SourceKey == sourceKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        var talk = new IntegrityTalk
        {
            LeaderId = leader.Id,
            Form = form,
            HeldOn = heldOn,
            Summary = summary,
            AuditProjectId = auditProjectId,
            RecordedAt = clock.UtcNow,
            SourceKey = sourceKey,
            Participants = [.. participantIds.Distinct().Select(id => new TalkParticipant { StaffId = id })],
        };
        db.IntegrityTalks.Add(talk);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(leader.Id, "talk.recorded", AuditRecords.Of(talk),
            new { form, heldOn, participants = participantIds, auditProjectId, summary }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return talk;
    }
}
