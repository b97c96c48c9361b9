using Lianzheng.Core.Audit;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Lianzheng.Core.Workbench;

/// <summary>审计日志 in the 工作台: the trail searched (who, what, which record, when), and verified on demand end to end by
/// the same <see cref="AuditVerifier"/> the daily check and <c>audit-verify</c> run. For those who see the whole bureau:
/// the 廉政监督员, the 党组书记 and the 派驻纪检监察组 (verifying changes no record, so the read-only roles may run it too).</summary>
public sealed partial class WorkbenchAuditTrail(
    LianzhengDbContext db, AuditVerifier verifier, AuditAlarm alarm, BureauClock clock, ILogger<WorkbenchAuditTrail> logger)
{
    public static bool MaySee(Staff viewer) => WorkbenchRecords.ScopeOf(viewer) == WorkbenchScope.Bureau;

    /// <summary>The entries the filter matches, the latest first, one page; with the names of who acted.</summary>
    public async Task<AuditEntryPage> SearchAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = Matching(filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Paging.Within(filter.Page, total, AuditFilter.PageSize);
        var entries = await query.OrderByDescending(e => e.Id).Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .Select(e => new { e.Id, e.At, e.ActorId, e.Action, e.EntityType, e.EntityId }).ToListAsync(cancellationToken);
        var actorIds = entries.Where(e => e.ActorId != null).Select(e => e.ActorId!.Value).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => actorIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        var rows = entries.Select(e => new AuditEntryRow(
            e.Id, e.At, e.ActorId is { } id ? names.GetValueOrDefault(id, "#" + id) : null, e.Action, e.EntityType, e.EntityId)).ToList();
        return new AuditEntryPage(rows, total, filter with { Page = page });
    }

    /// <summary>Verifies the whole trail now (and anchors its head, as every verification does); a broken trail tells the
    /// 廉政监督员 through the outbox as the daily check does, at most once a day.</summary>
    public async Task<AuditCheck> VerifyAsync(Staff viewer, CancellationToken cancellationToken)
    {
        var started = clock.Time.GetTimestamp();
        var result = await verifier.VerifyAsync(cancellationToken);
        var took = clock.Time.GetElapsedTime(started);
        if (result.Problem is { } problem)
        {
            LogBroken(logger, viewer.Id, problem.Code, problem.EntryId, problem.EntityType, problem.EntityId);
            await alarm.RaiseAsync(problem, cancellationToken);
        }
        else
        {
            LogIntact(logger, viewer.Id, result.Entries, result.LastEntryId, took.TotalMilliseconds);
        }

        return new AuditCheck(result, took);
    }

    private IQueryable<AuditEntry> Matching(AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            var name = filter.Actor.Trim();
            var actors = db.Staff.Where(s => s.Name.Contains(name)).Select(s => (int?)s.Id);
            query = query.Where(e => actors.Contains(e.ActorId));
        }

        if (!string.IsNullOrEmpty(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrEmpty(filter.EntityType))
        {
            query = query.Where(e => e.EntityType == filter.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            var entityId = filter.EntityId.Trim();
            query = query.Where(e => e.EntityId == entityId);
        }

        if (filter.From is { } from)
        {
            var start = clock.ToUtc(from, TimeOnly.MinValue);
            query = query.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = clock.ToUtc(to.AddDays(1), TimeOnly.MinValue);
            query = query.Where(e => e.At < end);
        }

        return query;
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "The audit trail was verified from the workbench by staff {ViewerId}: intact, {Entries} entries to #{LastEntryId} in {Milliseconds} ms")]
    private static partial void LogIntact(ILogger logger, int viewerId, long entries, long lastEntryId, double milliseconds);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "The audit trail was verified from the workbench by staff {ViewerId}: broken ({Code}, entry {EntryId}, record {EntityType} {EntityId}); " +
            "the integrity supervisors are told")]
    private static partial void LogBroken(ILogger logger, int viewerId, string code, long? entryId, string? entityType, string? entityId);
}
