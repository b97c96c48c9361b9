using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Teams;

/// <summary>Keeps the conversation reference of every Teams user fresh and links him to the directory: by an identity
/// already on file, else by the email or UPN the Connector's get-member call returns.</summary>
public sealed partial class TeamsConversationStore(
    LianzhengDbContext db, ConnectorClient connector, TeamsReferenceCache seen, TimeProvider time, ILogger<TeamsConversationStore> logger)
{
    /// <summary>Stores or refreshes the reference from an authenticated activity; returns the linked staff id, if any.</summary>
    public async Task<int?> RememberAsync(Activity activity, CancellationToken cancellationToken)
    {
        var userId = activity.From?.Id;
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(activity.ServiceUrl) || activity.Recipient?.Id is not { } botId)
        {
            return null;
        }

        var fingerprint = TeamsReferenceCache.Fingerprint.Of(activity, botId);
        if (seen.TryGetStaffId(userId, fingerprint, out var known))
        {
            return known;
        }

        var reference = await db.TeamsConversations.FirstOrDefaultAsync(c => c.TeamsUserId == userId, cancellationToken);
        if (reference is null)
        {
            reference = new TeamsConversation { TeamsUserId = userId, TenantId = activity.TenantId ?? "", ServiceUrl = activity.ServiceUrl, BotId = botId };
            db.TeamsConversations.Add(reference);
        }

        var before = (reference.ServiceUrl, reference.BotId, reference.TenantId, reference.AadObjectId, reference.UserName, reference.ConversationId);
        reference.ServiceUrl = activity.ServiceUrl;
        reference.BotId = botId;
        reference.TenantId = activity.TenantId ?? reference.TenantId;
        reference.AadObjectId = activity.From!.AadObjectId ?? reference.AadObjectId;
        reference.UserName = activity.From.Name ?? reference.UserName;
        if (activity.Conversation is { Id: { } conversationId, IsGroup: not true } conversation
            && conversation.ConversationType is null or "personal")
        {
            reference.ConversationId = conversationId;
        }

        // Touched when something changed or once a day, not on every message: a turn should not cost a write for nothing.
        if (before != (reference.ServiceUrl, reference.BotId, reference.TenantId, reference.AadObjectId, reference.UserName, reference.ConversationId)
            || time.GetUtcNow() - reference.UpdatedAt > TimeSpan.FromDays(1))
        {
            reference.UpdatedAt = time.GetUtcNow();
        }

        reference.StaffId ??= await db.ChannelIdentities.Where(c => c.Channel == Channels.Teams && c.ChannelUserId == userId)
            .Select(c => (int?)c.StaffId).FirstOrDefaultAsync(cancellationToken);
        if (reference.StaffId is null && activity.Conversation?.Id is { } lookupConversation)
        {
            reference.StaffId = await LinkByEmailAsync(activity.ServiceUrl, lookupConversation, userId, cancellationToken);
        }

        if (reference.StaffId is { } staffId && activity.ClientTimeZone is { } zone)
        {
            var staff = await db.Staff.FirstAsync(s => s.Id == staffId, cancellationToken);
            staff.TimeZoneId = zone;
        }

        await db.SaveChangesAsync(cancellationToken);
        if (reference.StaffId is { } linked)
        {
            seen.Remember(userId, fingerprint, linked);
        }

        return reference.StaffId;
    }

    public Task<TeamsConversation?> FindByStaffAsync(int staffId, CancellationToken cancellationToken) =>
        db.TeamsConversations.Where(c => c.StaffId == staffId).OrderByDescending(c => c.UpdatedAt).FirstOrDefaultAsync(cancellationToken);

    public async Task SetConversationAsync(TeamsConversation reference, string? conversationId, CancellationToken cancellationToken)
    {
        reference.ConversationId = conversationId;
        reference.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        seen.Forget(reference.TeamsUserId);
    }

    private async Task<int?> LinkByEmailAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken)
    {
        var member = await connector.GetMemberAsync(serviceUrl, conversationId, userId, cancellationToken);
        var addresses = new[] { member.Value?.Email, member.Value?.UserPrincipalName }
            .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.ToLowerInvariant()).Distinct().ToList();
        if (addresses.Count == 0)
        {
            return null;
        }

        var matches = await db.Staff.Where(s => s.IsActive && s.Email != null && addresses.Contains(s.Email))
            .Select(s => s.Id).ToListAsync(cancellationToken);
        if (matches.Count != 1)
        {
            LogNoMatch(logger, userId, matches.Count);
            return null;
        }

        var existing = await db.ChannelIdentities.FirstOrDefaultAsync(c => c.StaffId == matches[0] && c.Channel == Channels.Teams, cancellationToken);
        if (existing is null)
        {
            db.ChannelIdentities.Add(new ChannelIdentity { StaffId = matches[0], Channel = Channels.Teams, ChannelUserId = userId });
        }
        else
        {
            existing.ChannelUserId = userId;
        }

        LogLinked(logger, userId, matches[0]);
        return matches[0];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Linked Teams user {TeamsUserId} to staff {StaffId} by email")]
    private static partial void LogLinked(ILogger logger, string teamsUserId, int staffId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Teams user {TeamsUserId} matches {Count} staff by email; not linked")]
    private static partial void LogNoMatch(ILogger logger, string teamsUserId, int count);
}
