using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Talks;

/// <summary>Records integrity talks and counts them against the quotas: each leader × head of a section he oversees
/// (Talks:RequiredPerYear) and the 党组书记 × each 班子成员 (Talks:SecretaryWithLeadersPerYear). A 审前集体廉政提醒谈话
/// counts toward neither unless Talks:CountPreAuditTalks, even when the head is on the team.</summary>
public sealed class TalkService(LianzhengDbContext db, AuditTrail audit, BureauClock clock, IOptions<TalkOptions> options)
{
    /// <summary>The heads of the sections a leader oversees (他分管股室的负责人), himself excluded.</summary>
    public Task<List<Staff>> HeadsOverseenByAsync(int leaderId, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking()
            .Where(s => s.IsActive && s.Id != leaderId && s.Roles.Any(r => r.Role == StaffRole.SectionHead)
                && db.Oversights.Any(o => o.LeaderId == leaderId && o.SectionId == s.SectionId))
            .Include(s => s.Section)
            .OrderBy(s => s.SectionId).ThenBy(s => s.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The 班子成员 the party secretary talks with: every active 班子成员 but himself.</summary>
    public Task<List<Staff>> LeadersForSecretaryAsync(int secretaryId, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking()
            .Where(s => s.IsActive && s.Id != secretaryId && s.Roles.Any(r => r.Role == StaffRole.Leader))
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Every leader × overseen head pair (of one leader, or of all when null) with the talks held in the year.</summary>
    public Task<List<TalkPair>> ProgressAsync(int? leaderId, int year, CancellationToken cancellationToken) =>
        ProgressAsync(leaderId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);

    /// <summary>Every leader × overseen head pair (of one leader, or of all when null) with the talks held from
    /// <paramref name="first"/> to <paramref name="last"/> (both included).</summary>
    public async Task<List<TalkPair>> ProgressAsync(int? leaderId, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var pairs = await (
            from o in db.Oversights
            join head in db.Staff on o.SectionId equals head.SectionId
            where (leaderId == null || o.LeaderId == leaderId) && o.Leader!.IsActive && head.IsActive && head.Id != o.LeaderId
                && head.Roles.Any(r => r.Role == StaffRole.SectionHead)
            select new { o.LeaderId, LeaderName = o.Leader!.Name, HeadId = head.Id, HeadName = head.Name, SectionName = head.Section!.Name })
            .ToListAsync(cancellationToken);
        var counts = await CountsAsync(leaderId, first, last, cancellationToken);
        return [.. pairs.DistinctBy(p => (p.LeaderId, p.HeadId))
            .Select(p => new TalkPair(p.LeaderId, p.LeaderName, p.HeadId, p.HeadName, p.SectionName, counts.GetValueOrDefault((p.LeaderId, p.HeadId))))
            .OrderBy(p => p.LeaderId).ThenBy(p => p.HeadId)];
    }

    /// <summary>Every 党组书记 × 班子成员 pair (of one secretary, or of all when null) with the talks held in the year;
    /// none when Talks:SecretaryWithLeadersPerYear is 0.</summary>
    public Task<List<TalkPair>> SecretaryProgressAsync(int? secretaryId, int year, CancellationToken cancellationToken) =>
        SecretaryProgressAsync(secretaryId, new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken);

    /// <summary>Every 党组书记 × 班子成员 pair with the talks held from <paramref name="first"/> to <paramref name="last"/>
    /// (both included); none when Talks:SecretaryWithLeadersPerYear is 0.</summary>
    public async Task<List<TalkPair>> SecretaryProgressAsync(int? secretaryId, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        if (options.Value.SecretaryWithLeadersPerYear == 0)
        {
            return [];
        }

        var secretaries = await db.Staff.AsNoTracking()
            .Where(s => s.IsActive && s.Roles.Any(r => r.Role == StaffRole.PartySecretary) && (secretaryId == null || s.Id == secretaryId))
            .OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken);
        var pairs = new List<TalkPair>();
        foreach (var secretary in secretaries)
        {
            var counts = await CountsAsync(secretary.Id, first, last, cancellationToken);
            pairs.AddRange((await LeadersForSecretaryAsync(secretary.Id, cancellationToken)).Select(l => new TalkPair(
                secretary.Id, secretary.Name, l.Id, l.Name, DomainNames.Of(StaffRole.Leader), counts.GetValueOrDefault((secretary.Id, l.Id)))));
        }

        return pairs;
    }

    /// <summary>The 提醒谈话 whose follow-up day is today or past (not withdrawn).</summary>
    public async Task<List<TalkFollowUp>> FollowUpsDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var talks = await db.IntegrityTalks.AsNoTracking()
            .Where(t => !t.IsWithdrawn && t.Kind == TalkKind.Admonition && t.FollowUpOn != null && t.FollowUpOn <= today)
            .OrderBy(t => t.Id).ToListAsync(cancellationToken);
        var ids = talks.SelectMany(t => t.Participants.Select(p => p.StaffId)).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        return [.. talks.Select(t => new TalkFollowUp(t.Id, t.LeaderId, t.HeldOn, t.FollowUpOn!.Value,
            [.. t.Participants.Select(p => p.StaffId)], [.. t.Participants.Select(p => names.GetValueOrDefault(p.StaffId, ""))]))];
    }

    /// <summary>Stores a talk with its audit entry, in one transaction (the caller's, if any). With a source key (the
    /// inbound message that records it) a second call returns the talk the first one stored. A talk for an audit project
    /// is its 审前集体廉政提醒谈话 whatever kind is given; a follow-up day is kept for a 提醒谈话 only.</summary>
    public async Task<IntegrityTalk> RecordAsync(
        Staff leader, IReadOnlyCollection<int> participantIds, TalkForm form, DateOnly heldOn, string summary, int? auditProjectId,
        CancellationToken cancellationToken, string? sourceKey = null, TalkKind kind = TalkKind.Routine, DateOnly? followUpOn = null)
    {
        await using var transaction = await db.Database.BeginOrJoinTransactionAsync(cancellationToken);
        if (sourceKey is not null
            && await db.IntegrityTalks.Include(t => t.Participants).FirstOrDefaultAsync(t => t.SourceKey == sourceKey, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        kind = auditProjectId is null ? kind : TalkKind.PreAuditCollective;
        var talk = new IntegrityTalk
        {
            LeaderId = leader.Id,
            Form = form,
            Kind = kind,
            HeldOn = heldOn,
            Summary = summary,
            FollowUpOn = kind == TalkKind.Admonition ? followUpOn : null,
            AuditProjectId = auditProjectId,
            RecordedAt = clock.UtcNow,
            SourceKey = sourceKey,
            Participants = [.. participantIds.Distinct().Select(id => new TalkParticipant { StaffId = id })],
        };
        db.IntegrityTalks.Add(talk);
        await db.SaveChangesAsync(cancellationToken);
        await audit.AppendAsync(leader.Id, "talk.recorded", AuditRecords.Of(talk),
            new { form, kind, heldOn, participants = participantIds, auditProjectId, summary, followUpOn = talk.FollowUpOn }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return talk;
    }

    /// <summary>Talks per (talker, counterpart) held from <paramref name="first"/> to <paramref name="last"/>, of one talker
    /// or all, counted as the quota counts them (pre-audit talks only when they count): every pair that talked, owed or not.</summary>
    public Task<Dictionary<(int Leader, int Counterpart), int>> HeldAsync(int? leaderId, DateOnly first, DateOnly last, CancellationToken cancellationToken) =>
        CountsAsync(leaderId, first, last, cancellationToken);

    /// <summary>Talks per (talker, counterpart) in the year, of one talker or all; pre-audit talks only when they count.</summary>
    private async Task<Dictionary<(int Leader, int Counterpart), int>> CountsAsync(int? leaderId, DateOnly first, DateOnly last, CancellationToken cancellationToken)
    {
        var countPreAudit = options.Value.CountPreAuditTalks;
        var counts = await db.IntegrityTalks.AsNoTracking()
            .Where(t => !t.IsWithdrawn && t.HeldOn >= first && t.HeldOn <= last && (leaderId == null || t.LeaderId == leaderId)
                && (countPreAudit || (t.Kind != TalkKind.PreAuditCollective && t.AuditProjectId == null)))
            .Select(t => new { t.LeaderId, Heads = t.Participants.Select(p => p.StaffId).ToList() }) // not the summaries
            .ToListAsync(cancellationToken);
        return counts.SelectMany(t => t.Heads.Select(head => (t.LeaderId, head))).GroupBy(h => h).ToDictionary(g => g.Key, g => g.Count());
    }
}
