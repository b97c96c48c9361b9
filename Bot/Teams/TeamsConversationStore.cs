using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Teams;

/// <summary>Keeps the conversation reference of every Teams user fresh and links him to the directory: by an identity
/// already on file, else by the email or UPN the Connector's get-member call returns, but only within the bureau's
/// tenant and never over an existing link: when the person that email belongs to is already linked to another
/// account, this one is not linked, the supervisors are told (once per account), and only an operator can move the
/// link (<c>link-teams --replace</c>). Group chats and channels are not looked at at all.</summary>
public sealed partial class TeamsConversationStore(
    LianzhengDbContext db, ConnectorClient connector, TeamsReferenceCache seen, TeamsTenantGuard tenants, OutboxWriter outbox,
    TimeProvider time, ILogger<TeamsConversationStore> logger)
{
    /// <summary>Stores or refreshes the reference from an authenticated activity of a personal conversation; returns
    /// the linked staff member, if any, and whether a link was refused because his email is linked already.</summary>
    public async Task<TeamsLink> RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        var userId = activity.From?.Id;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(activity.ServiceUrl) || activity.Recipient?.Id is not { } botId
            || !TeamsConversationPolicy.IsPersonal(activity))
        {
            return TeamsLink.None;
        }

        var fingerprint = TeamsReferenceCache.Fingerprint.Of(activity, botId);
        if (seen.TryGetStaffId(userId, fingerprint, out var known))
        {
            return new TeamsLink(known);
        }

        var reference = await db.TeamsConversations.FirstOrDefaultAsync(c => c.TeamsUserId == userId, cancellationToken);
        if (reference is null)
        {
            reference = new TeamsConversation { TeamsUserId = userId, TenantId = activity.TenantId ?? "", ServiceUrl = activity.ServiceUrl, BotId = botId };
            db.TeamsConversations.Add(reference);
        }

        var before = (reference.ServiceUrl, reference.BotId, reference.TenantId, reference.AadObjectId, reference.UserName, reference.ConversationId, reference.StaffId);
        reference.ServiceUrl = activity.ServiceUrl;
        reference.BotId = botId;
        reference.TenantId = activity.TenantId ?? reference.TenantId;
        reference.AadObjectId = activity.From!.AadObjectId ?? reference.AadObjectId;
        reference.UserName = activity.From.Name ?? reference.UserName;
        reference.ConversationId = activity.Conversation!.Id;

        // The identity is what links; the reference only mirrors it (an operator may have moved the link meanwhile).
        reference.StaffId = await db.ChannelIdentities.Where(c => c.Channel == Channels.Teams && c.ChannelUserId == userId)
            .Select(c => (int?)c.StaffId).FirstOrDefaultAsync(cancellationToken);
        Staff? conflict = null;
        if (reference.StaffId is null)
        {
            (reference.StaffId, conflict) = await LinkByEmailAsync(activity, userId, cancellationToken);
        }

        // Touched when something changed or once a day, not on every message: a turn should not cost a write for nothing.
        if (before != (reference.ServiceUrl, reference.BotId, reference.TenantId, reference.AadObjectId, reference.UserName, reference.ConversationId, reference.StaffId)
            || time.GetUtcNow() - reference.UpdatedAt > TimeSpan.FromDays(1))
        {
            reference.UpdatedAt = time.GetUtcNow();
        }

        if (reference.StaffId is { } staffId && activity.ClientTimeZone is { } zone)
        {
            var staff = await db.Staff.FirstAsync(s => s.Id == staffId, cancellationToken);
            staff.TimeZoneId = zone;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (conflict is not null)
        {
            await TellSupervisorsAsync(conflict, reference, cancellationToken);
            return new TeamsLink(null, Conflict: true);
        }

        if (reference.StaffId is { } linked)
        {
            seen.Remember(userId, fingerprint, linked);
        }

        return new TeamsLink(reference.StaffId);
    }

    /// <summary>The conversation of the Teams account a staff member is linked to (his identity, not any reference that
    /// once named him).</summary>
    public Task<TeamsConversation?> FindByStaffAsync(int staffId, CancellationToken cancellationToken) =>
        (from identity in db.ChannelIdentities
         join conversation in db.TeamsConversations on identity.ChannelUserId equals conversation.TeamsUserId
         where identity.StaffId == staffId && identity.Channel == Channels.Teams
         select conversation).FirstOrDefaultAsync(cancellationToken);

    public async Task SetConversationAsync(TeamsConversation reference, string? conversationId, CancellationToken cancellationToken)
    {
        reference.ConversationId = conversationId;
        reference.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        seen.Forget(reference.TeamsUserId);
    }

    /// <summary>Links the account to the one active staff member whose email it reports, when the tenant is the bureau's
    /// and that person has no Teams account yet; returns the person instead as a conflict when he has one.</summary>
    private async Task<(int? StaffId, Staff? Conflict)> LinkByEmailAsync(Activity activity, string userId, CancellationToken cancellationToken)
    {
        var member = await connector.GetMemberAsync(activity.ServiceUrl!, activity.Conversation!.Id!, userId, cancellationToken);
        var addresses = new[] { member.Value?.Email, member.Value?.UserPrincipalName }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim().ToLowerInvariant()).Distinct().ToList();
        if (addresses.Count == 0)
        {
            return (null, null);
        }

        var matches = await db.Staff.Where(s => s.IsActive && s.Email != null && addresses.Contains(s.Email))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        if (matches.Count != 1)
        {
            LogNoMatch(logger, userId, matches.Count);
            return (null, null);
        }

        var staffId = matches[0];
        if (await db.ChannelIdentities.AnyAsync(c => c.StaffId == staffId && c.Channel == Channels.Teams, cancellationToken))
        {
            LogLinkConflict(logger, userId, staffId);
            return (null, await db.Staff.AsNoTracking().FirstAsync(s => s.Id == staffId, cancellationToken));
        }

        if (!await tenants.AdmitLinkAsync(db, activity.TenantId, cancellationToken))
        {
            LogForeignTenant(logger, userId, activity.TenantId ?? "(none)");
            return (null, null);
        }

        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = staffId, Channel = Channels.Teams, ChannelUserId = userId });
        LogLinked(logger, userId, staffId);
        return (staffId, null);
    }

    /// <summary>Tells the integrity supervisors that an account reported the email of someone linked already; keyed by
    /// person and account, so that however often the account writes, they hear of it once.</summary>
    private async Task TellSupervisorsAsync(Staff person, TeamsConversation account, CancellationToken cancellationToken)
    {
        var supervisors = await db.Staff.Where(s => s.IsActive && s.Roles.Any(r => r.Role == StaffRole.IntegritySupervisor))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        var linked = await (from identity in db.ChannelIdentities
                            join conversation in db.TeamsConversations on identity.ChannelUserId equals conversation.TeamsUserId into found
                            from conversation in found.DefaultIfEmpty()
                            where identity.StaffId == person.Id && identity.Channel == Channels.Teams
                            select new { identity.ChannelUserId, conversation!.UserName, conversation.AadObjectId })
            .FirstOrDefaultAsync(cancellationToken);
        var option = account.AadObjectId is { Length: > 0 } aad ? "--aad-object-id " + aad : "--teams-user-id " + account.TeamsUserId;
        var message = new OutboundMessage(
            TeamsTexts.LinkConflictNotice(person.Name, person.EmployeeNo, option),
            TeamsTexts.LinkConflictTitle,
            [
                new Fact(TeamsTexts.FactPerson, TeamsTexts.Person(person.Name, person.EmployeeNo)),
                new Fact(TeamsTexts.FactNewAccount, Describe(account.UserName, account.AadObjectId, account.TeamsUserId)),
                new Fact(TeamsTexts.FactLinkedAccount, linked is null ? "—" : Describe(linked.UserName, linked.AadObjectId, linked.ChannelUserId)),
                new Fact(TeamsTexts.FactTenant, account.TenantId),
            ]);
        await outbox.EnqueueAsync(
            new OutboxRequest(OutboxKinds.IdentityNotice, $"teams-link-conflict:{person.Id}:{account.TeamsUserId}", message, supervisors),
            cancellationToken);
    }

    internal static string Describe(string? name, string? aadObjectId, string teamsUserId) =>
        TeamsTexts.Account(name ?? TeamsTexts.Unknown, aadObjectId ?? TeamsTexts.Unknown, teamsUserId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked Teams user {TeamsUserId} to staff {StaffId} by email")]
    private static partial void LogLinked(ILogger logger, string teamsUserId, int staffId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams user {TeamsUserId} matches {Count} staff by email; not linked")]
    private static partial void LogNoMatch(ILogger logger, string teamsUserId, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Teams user {TeamsUserId} reports the email of staff {StaffId}, who is linked to another Teams account; not linked, the supervisors are told")]
    private static partial void LogLinkConflict(ILogger logger, string teamsUserId, int staffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams user {TeamsUserId} of tenant {TenantId} is not of the bureau's tenant; not linked")]
    private static partial void LogForeignTenant(ILogger logger, string teamsUserId, string tenantId);
}
