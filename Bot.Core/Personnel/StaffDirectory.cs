using System.Globalization;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Personnel;

/// <summary>Questions about people and who oversees whom.</summary>
public sealed class StaffDirectory(LianzhengDbContext db, ChannelUserCache cache)
{
    /// <summary>Finds the active staff member behind a channel user; on the local web chat the user id is the staff id.
    /// The person is read for the turn, not tracked: changes to staff go through the services that own them.</summary>
    public async Task<Staff?> FindByChannelUserAsync(string channel, string channelUserId, CancellationToken cancellationToken)
    {
        if (cache.TryGet(channel, channelUserId, out var known))
        {
            return known;
        }

        int? staffId = channel == Channels.Local
            ? int.TryParse(channelUserId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null
            // The identity first, by its unique index; asked as one query with EXISTS, SQLite walks every staff row.
            : await db.ChannelIdentities.Where(c => c.Channel == channel && c.ChannelUserId == channelUserId)
                .Select(c => (int?)c.StaffId).FirstOrDefaultAsync(cancellationToken);
        var staff = staffId is null
            ? null
            : await db.Staff.AsNoTracking().Include(s => s.Roles).Include(s => s.Section)
                .FirstOrDefaultAsync(s => s.Id == staffId && s.IsActive, cancellationToken);
        if (staff is not null)
        {
            cache.Set(channel, channelUserId, staff);
        }

        return staff;
    }

    /// <summary>The names of everyone in post (for reading a name in a sentence: 明天和陈晓梅谈话).</summary>
    public async Task<List<string>> ActiveNamesAsync(CancellationToken cancellationToken) =>
        await db.Staff.AsNoTracking().Where(s => s.IsActive).Select(s => s.Name).Distinct().ToListAsync(cancellationToken);

    /// <summary>The leadership members who oversee the section of this staff member.</summary>
    public async Task<List<Staff>> OverseeingLeadersAsync(Staff staff, CancellationToken cancellationToken)
    {
        if (staff.SectionId is not { } sectionId)
        {
            return [];
        }

        return await db.Oversights.Where(o => o.SectionId == sectionId && o.Leader!.IsActive && o.LeaderId != staff.Id)
            .Select(o => o.Leader!)
            .ToListAsync(cancellationToken);
    }

    public Task<List<Staff>> WithRoleAsync(StaffRole role, CancellationToken cancellationToken) =>
        db.Staff.Where(s => s.IsActive && s.Roles.Any(r => r.Role == role)).OrderBy(s => s.Id).ToListAsync(cancellationToken);

    /// <summary>The active staff members with one of these names (a name two people share comes back twice).</summary>
    public Task<List<StaffName>> ActiveNamedAsync(IReadOnlyCollection<string> names, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking().Where(s => s.IsActive && names.Contains(s.Name))
            .Select(s => new StaffName(s.Id, s.Name)).ToListAsync(cancellationToken);

    /// <summary>The active staff members with a role, by id, as names to pick from.</summary>
    public Task<List<StaffName>> NamesWithRoleAsync(StaffRole role, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking().Where(s => s.IsActive && s.Roles.Any(r => r.Role == role)).OrderBy(s => s.Id)
            .Select(s => new StaffName(s.Id, s.Name)).ToListAsync(cancellationToken);

    /// <summary>The names of the bureau's sections, by id.</summary>
    /// <summary>The names of these people, by id.</summary>
    public Task<Dictionary<int, string>> NamesAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);

    public Task<List<string>> SectionNamesAsync(CancellationToken cancellationToken) =>
        db.Sections.AsNoTracking().OrderBy(s => s.Id).Select(s => s.Name).ToListAsync(cancellationToken);

    /// <summary>The id of the section with this name, if there is one.</summary>
    public Task<int?> SectionIdAsync(string name, CancellationToken cancellationToken) =>
        db.Sections.Where(s => s.Name == name).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken);
}
