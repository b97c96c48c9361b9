using System.Globalization;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Directory;

/// <summary>Questions about people and who oversees whom.</summary>
public sealed class StaffDirectory(LianzhengDbContext db)
{
    /// <summary>Finds the active staff member behind a channel user; on the local web chat the user id is the staff id.</summary>
    public async Task<Staff?> FindByChannelUserAsync(string channel, string channelUserId, CancellationToken cancellationToken)
    {
        var staff = db.Staff.Include(s => s.Roles).Include(s => s.Section);
        if (channel == Channels.Local)
        {
            return int.TryParse(channelUserId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? await staff.FirstOrDefaultAsync(s => s.Id == id && s.IsActive, cancellationToken)
                : null;
        }

        return await staff.FirstOrDefaultAsync(
            s => s.IsActive && s.ChannelIdentities.Any(c => c.Channel == channel && c.ChannelUserId == channelUserId),
            cancellationToken);
    }

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
}
