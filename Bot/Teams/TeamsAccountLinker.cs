using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Teams;

/// <summary>Links a Teams account to a staff member on an operator's word (the link-teams verb; later the workbench):
/// the only way to move a link, or to link an account its email does not decide. The account must have written to
/// the bot once, so that its reference (tenant, AAD object id) is on file, and must be of the bureau's tenant. A link
/// is moved only when asked to (<c>replace</c>); the person's old account and the account's old person lose theirs.</summary>
public sealed partial class TeamsAccountLinker(LianzhengDbContext db, TeamsTenantGuard tenants, ILogger<TeamsAccountLinker> logger)
{
    /// <param name="account">The account's AAD object id or its Teams user id ("29:…").</param>
    public async Task<TeamsLinkResult> LinkAsync(string employeeNo, string account, bool replace, CancellationToken cancellationToken)
    {
        var number = employeeNo.Trim();
        var staff = await db.Staff.FirstOrDefaultAsync(s => s.EmployeeNo == number && s.IsActive, cancellationToken);
        if (staff is null)
        {
            return new TeamsLinkResult(TeamsLinkOutcome.StaffNotFound, Person: number);
        }

        var person = DescribePerson(staff);
        var key = account.Trim();
        var lowered = key.ToLowerInvariant();
        // ToLower() here is SQL lower() on a GUID's hex digits: no culture is involved, and SQL has no other spelling of it.
#pragma warning disable CA1304, CA1311, CA1862
        var candidates = await db.TeamsConversations
            .Where(c => c.TeamsUserId == key || (c.AadObjectId != null && c.AadObjectId.ToLower() == lowered))
            .ToListAsync(cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        if (candidates.Count != 1)
        {
            return new TeamsLinkResult(candidates.Count == 0 ? TeamsLinkOutcome.AccountNotFound : TeamsLinkOutcome.AccountAmbiguous, person, key);
        }

        var reference = candidates[0];
        var described = DescribeAccount(reference);
        if (!await tenants.AdmitLinkAsync(db, reference.TenantId, cancellationToken))
        {
            return new TeamsLinkResult(TeamsLinkOutcome.ForeignTenant, person, described, reference.TenantId,
                await tenants.BureauTenantAsync(db, cancellationToken));
        }

        var own = await db.ChannelIdentities.FirstOrDefaultAsync(c => c.StaffId == staff.Id && c.Channel == Channels.Teams, cancellationToken);
        var owner = await db.ChannelIdentities.FirstOrDefaultAsync(
            c => c.Channel == Channels.Teams && c.ChannelUserId == reference.TeamsUserId && c.StaffId != staff.Id, cancellationToken);
        if (own is not null && own.ChannelUserId == reference.TeamsUserId)
        {
            reference.StaffId = staff.Id;
            await db.SaveChangesAsync(cancellationToken);
            return new TeamsLinkResult(TeamsLinkOutcome.AlreadyLinked, person, described, reference.TenantId);
        }

        var displaced = new List<string>();
        if (own is not null)
        {
            displaced.Add(await DescribeAccountAsync(own.ChannelUserId, cancellationToken));
        }

        if (owner is not null)
        {
            displaced.Add(DescribePerson(await db.Staff.AsNoTracking().FirstAsync(s => s.Id == owner.StaffId, cancellationToken)));
        }

        if (!replace && displaced.Count > 0)
        {
            return new TeamsLinkResult(own is not null ? TeamsLinkOutcome.StaffHasOtherAccount : TeamsLinkOutcome.AccountLinkedToOther,
                person, described, reference.TenantId, Other: string.Join(TeamsTexts.ListSeparator, displaced));
        }

        // Two saves in one transaction: the old identities go before the new one takes their unique keys.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ChannelIdentities.RemoveRange(new[] { own, owner }.OfType<ChannelIdentity>());
        foreach (var stale in await db.TeamsConversations.Where(c => c.StaffId == staff.Id && c.Id != reference.Id).ToListAsync(cancellationToken))
        {
            stale.StaffId = null;
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = staff.Id, Channel = Channels.Teams, ChannelUserId = reference.TeamsUserId });
        reference.StaffId = staff.Id;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogLinked(logger, reference.TeamsUserId, staff.Id, displaced.Count > 0);
        return new TeamsLinkResult(TeamsLinkOutcome.Linked, person, described, reference.TenantId,
            Other: displaced.Count > 0 ? string.Join(TeamsTexts.ListSeparator, displaced) : null);
    }

    private async Task<string> DescribeAccountAsync(string teamsUserId, CancellationToken cancellationToken) =>
        await db.TeamsConversations.AsNoTracking().FirstOrDefaultAsync(c => c.TeamsUserId == teamsUserId, cancellationToken) is { } reference
            ? DescribeAccount(reference)
            : teamsUserId;

    private static string DescribeAccount(TeamsConversation reference) =>
        TeamsConversationStore.Describe(reference.UserName, reference.AadObjectId, reference.TeamsUserId);

    private static string DescribePerson(Staff staff) =>
        TeamsTexts.Person(staff.Name, staff.EmployeeNo);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams user {TeamsUserId} linked to staff {StaffId} by an operator (a link moved: {Moved})")]
    private static partial void LogLinked(ILogger logger, string teamsUserId, int staffId, bool moved);
}
