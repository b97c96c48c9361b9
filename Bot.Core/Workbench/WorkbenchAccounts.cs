using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Workbench;

/// <summary>Who a sign-in through WeCom or Entra ID is: the active staff member linked to that account, else nobody.</summary>
public sealed class WorkbenchAccounts(LianzhengDbContext db, StaffDirectory directory)
{
    /// <summary>The person whose WeCom userid is on file (the channel identity the bot talks to him on).</summary>
    public async Task<int?> ByWeComUserAsync(string userId, CancellationToken cancellationToken) =>
        (await directory.FindByChannelUserAsync(Channels.WeCom, userId, cancellationToken))?.Id;

    /// <summary>The person linked to the Teams account with this AAD object id; failing that, the one active person
    /// whose email in the directory is one of <paramref name="emails"/> (the token's preferred_username, upn, email).</summary>
    public async Task<int?> ByEntraAsync(string? objectId, IReadOnlyCollection<string> emails, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(objectId))
        {
            var lowered = objectId.Trim().ToLowerInvariant();
            // ToLower() here is SQL lower() on a GUID's hex digits: no culture is involved (as in TeamsAccountLinker).
#pragma warning disable CA1304, CA1311, CA1862
            var linked = await (from conversation in db.TeamsConversations
                                where conversation.AadObjectId != null && conversation.AadObjectId.ToLower() == lowered
                                join identity in db.ChannelIdentities on conversation.TeamsUserId equals identity.ChannelUserId
                                where identity.Channel == Channels.Teams
                                join staff in db.Staff on identity.StaffId equals staff.Id
                                where staff.IsActive
                                select (int?)staff.Id).Distinct().ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
            if (linked.Count == 1)
            {
                return linked[0];
            }
        }

        var addresses = emails.Where(e => e.Contains('@', StringComparison.Ordinal)).Select(e => e.Trim().ToLowerInvariant()).Distinct().ToList();
        if (addresses.Count == 0)
        {
            return null;
        }

#pragma warning disable CA1304, CA1311, CA1862
        var byEmail = await db.Staff.Where(s => s.IsActive && s.Email != null && addresses.Contains(s.Email.ToLower()))
            .Select(s => s.Id).ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        return byEmail.Count == 1 ? byEmail[0] : null;
    }
}
