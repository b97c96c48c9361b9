using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;

namespace Lianzheng.Core.Audit;

/// <summary>Tells the integrity supervisors (廉政监督员) that the audit trail is broken, through the outbox, at most once a
/// day: the message is keyed by the bureau's date, so the verification at a restart or a second replica adds nothing.</summary>
public sealed class AuditAlarm(OutboxWriter outbox, StaffDirectory directory, BureauClock clock)
{
    public const string OutboxKind = "audit-broken";

    /// <summary>Queues the notice; false when there is no supervisor to tell.</summary>
    public async Task<bool> RaiseAsync(AuditProblem problem, CancellationToken cancellationToken)
    {
        var supervisors = await directory.WithRoleAsync(StaffRole.IntegritySupervisor, cancellationToken);
        if (supervisors.Count == 0)
        {
            return false;
        }

        var today = clock.Today;
        List<Fact> facts = [];
        if (problem.EntryId is { } entryId)
        {
            facts.Add(new Fact(AuditTexts.AlarmEntryFact, "#" + entryId.ToString(CultureInfo.InvariantCulture)));
        }

        if (problem.EntityType is { } entityType && problem.EntityId is { } entityId)
        {
            facts.Add(new Fact(AuditTexts.AlarmRecordFact, AuditRecords.Describe(entityType, entityId)));
        }

        var text = AuditTexts.AlarmText(DomainNames.Date(today), problem.Message);
        await outbox.EnqueueAsync(
            new OutboxRequest(OutboxKind, "audit-broken:" + today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                new OutboundMessage(text, AuditTexts.AlarmTitle, facts), [.. supervisors.Select(s => s.Id)]),
            cancellationToken);
        return true;
    }
}
