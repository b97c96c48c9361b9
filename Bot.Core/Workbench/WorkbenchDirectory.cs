using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Workbench;

/// <summary>人员名录 in the 工作台, for the 廉政监督员: everyone in the directory with the channels that reach him (asked of
/// the same <see cref="IChannelReach"/> ports the outbox uses) and the warnings she must act on.</summary>
public sealed class WorkbenchDirectory(LianzhengDbContext db, IEnumerable<IChannelReach> reaches)
{
    public static bool MaySee(Staff viewer) => viewer.HasRole(StaffRole.IntegritySupervisor);

    /// <summary>Everyone, active people first, by section and name.</summary>
    public async Task<List<DirectoryRow>> PeopleAsync(CancellationToken cancellationToken)
    {
        var staff = await db.Staff.AsNoTracking().Include(s => s.Section).Include(s => s.Roles).Include(s => s.ChannelIdentities)
            .OrderByDescending(s => s.IsActive).ThenBy(s => s.SectionId).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var oversees = (await db.Oversights.AsNoTracking().Select(o => new { o.LeaderId, o.Section!.Name }).ToListAsync(cancellationToken))
            .ToLookup(o => o.LeaderId, o => o.Name);
        var delivered = await db.Deliveries.AsNoTracking().Where(d => d.Status == DeliveryStatus.Delivered && d.SentAt != null)
            .GroupBy(d => d.RecipientId).Select(g => new { g.Key, Last = g.Max(d => d.SentAt) }).ToDictionaryAsync(g => g.Key, g => g.Last, cancellationToken);
        var channels = reaches.ToList();
        return [.. staff.Select(s => new DirectoryRow(s.Id, s.EmployeeNo, s.Name, s.Section?.Name, [.. s.Roles.Select(r => r.Role).Order()],
            [.. oversees[s.Id].Order(StringComparer.Ordinal)], s.IsActive, [.. channels.Where(c => c.CanReach(s)).Select(c => c.Channel)],
            delivered.GetValueOrDefault(s.Id)))];
    }

    /// <summary>What the directory lacks, in the order of <see cref="DirectoryWarningKind"/>; only active people count.</summary>
    public async Task<List<DirectoryWarning>> WarningsAsync(IReadOnlyList<DirectoryRow> people, CancellationToken cancellationToken)
    {
        var sections = await db.Sections.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Name).ToListAsync(cancellationToken);
        var active = people.Where(p => p.Active).ToList();
        var staffed = active.Where(p => p.Section is not null).Select(p => p.Section!).ToHashSet(StringComparer.Ordinal);
        var headed = active.Where(p => p.Section is not null && p.Roles.Contains(StaffRole.SectionHead)).Select(p => p.Section!).ToHashSet(StringComparer.Ordinal);
        var leaders = active.Where(p => p.Roles.Contains(StaffRole.Leader)).ToList();
        var overseen = leaders.SelectMany(l => l.Oversees).ToHashSet(StringComparer.Ordinal);
        // The sections of the leadership (班子成员, 党组书记) and of those who need no head of their own are not 股室: a section
        // whose every active member is a leader has no 股室负责人 to have.
        var leadership = sections
            .Where(s => active.Where(p => p.Section == s).All(p => p.Roles.Contains(StaffRole.Leader) || p.Roles.Contains(StaffRole.PartySecretary)))
            .ToHashSet(StringComparer.Ordinal);
        var units = sections.Where(s => staffed.Contains(s) && !leadership.Contains(s)).ToList();
        return
        [
            .. units.Where(s => !headed.Contains(s)).Select(s => new DirectoryWarning(DirectoryWarningKind.SectionWithoutHead, s)),
            .. leaders.Where(l => l.Oversees.Count == 0).Select(l => new DirectoryWarning(DirectoryWarningKind.LeaderOverseesNothing, l.Name)),
            .. units.Where(s => !overseen.Contains(s)).Select(s => new DirectoryWarning(DirectoryWarningKind.SectionNotOverseen, s)),
            .. active.Where(p => p.Channels.Count == 0).Select(p => new DirectoryWarning(DirectoryWarningKind.Unreachable, p.Name)),
        ];
    }
}
