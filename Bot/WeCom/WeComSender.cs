using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.WeCom;

/// <summary>Sends messages to WeCom members through message/send: many recipients of one message in calls of up to
/// 1000 userids, each member within WeCom's 30 a minute and 1000 an hour (over that the delivery waits, because WeCom
/// would drop it without saying so); the userids WeCom lists as invalid are unreachable, the others delivered.</summary>
public sealed class WeComSender(
    IServiceScopeFactory scopes, WeComApiClient api, WeComMemberLimiter limiter, IOptions<WeComOptions> options) : IBulkChannelSender
{
    public const int MaxUsersPerCall = 1000;

    public string Channel => Channels.WeCom;

    public int MaxRecipientsPerCall => MaxUsersPerCall;

    /// <summary>WeCom drops, unsaid, what goes over a member's limits (see <see cref="WeComMemberLimiter"/>).</summary>
    public bool LimitsPerRecipient => true;

    public async Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, CancellationToken cancellationToken) =>
        (await SendManyAsync([recipientStaffId], message, (_, _) => Task.FromResult($"s{recipientStaffId}-{Guid.NewGuid():N}"), cancellationToken))[recipientStaffId];

    /// <summary>Sends an outbox message to its recipients, in their given order, as one request: the members over their
    /// WeCom limit are left out first (throttled), then the call is claimed for the others and sent with a card
    /// task_id from the call's key and WeCom's duplicate check, so the same call made again after a crash is the
    /// identical request, which WeCom does not deliver twice.</summary>
    public async Task<IReadOnlyDictionary<int, SendResult>> SendManyAsync(
        IReadOnlyList<int> recipientStaffIds, OutboundMessage message, CallClaim claim, CancellationToken cancellationToken)
    {
        Dictionary<int, string> userIds;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            userIds = await db.ChannelIdentities.AsNoTracking()
                .Where(c => c.Channel == Channels.WeCom && EF.Parameter(recipientStaffIds).Contains(c.StaffId))
                .ToDictionaryAsync(c => c.StaffId, c => c.ChannelUserId, cancellationToken);
        }

        var results = new Dictionary<int, SendResult>();
        var admitted = new List<(string UserId, int StaffId)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in recipientStaffIds)
        {
            if (!userIds.TryGetValue(id, out var userId))
            {
                results[id] = new SendResult.RecipientUnreachable("no WeCom userid on file: run wecom-sync or link the person");
            }
            else if (!seen.Add(userId))
            {
                continue;
            }
            else if (limiter.TryTake(userId, out var wait))
            {
                admitted.Add((userId, id));
            }
            else
            {
                results[id] = new SendResult.Throttled(wait);
            }
        }

        if (admitted.Count == 0)
        {
            return results;
        }

        var callKey = await claim([.. admitted.Select(a => a.StaffId)], cancellationToken);
        var sent = await PostAsync([.. admitted.Select(a => a.UserId)], message, callKey, cancellationToken);
        foreach (var (userId, staffId) in admitted)
        {
            results[staffId] = sent[userId];
        }

        return results;
    }

    /// <summary>Sends to WeCom userids directly (replies in a conversation): each member within his limits, a fresh
    /// message each time.</summary>
    public async Task<IReadOnlyDictionary<string, SendResult>> SendToUsersAsync(
        IReadOnlyList<string> userIds, OutboundMessage message, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, SendResult>(StringComparer.OrdinalIgnoreCase);
        var allowed = new List<string>();
        foreach (var userId in userIds)
        {
            if (limiter.TryTake(userId, out var wait))
            {
                allowed.Add(userId);
            }
            else
            {
                results[userId] = new SendResult.Throttled(wait);
            }
        }

        foreach (var (userId, result) in await PostAsync(allowed, message, callKey: null, cancellationToken))
        {
            results[userId] = result;
        }

        return results;
    }

    /// <summary>message/send in calls of up to 1000 userids. With a call key a card's task_id comes from the key and
    /// the duplicate check is on; a text message (no buttons) has nothing that tells two messages of the same words
    /// apart, so it never asks for the check: WeCom would drop a second, different message with the same text.</summary>
    private async Task<Dictionary<string, SendResult>> PostAsync(
        IReadOnlyList<string> userIds, OutboundMessage message, string? callKey, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, SendResult>(StringComparer.OrdinalIgnoreCase);
        var chunks = userIds.Chunk(MaxUsersPerCall).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var taskId = callKey is null ? $"lz-{Guid.NewGuid():N}" : chunks.Count == 1 ? $"lz-{callKey}" : $"lz-{callKey}-{i}";
            var body = WeComMessageRenderer.Render(message, taskId);
            body["touser"] = string.Join('|', chunk);
            if (callKey is not null && body.ContainsKey("template_card"))
            {
                body["enable_duplicate_check"] = 1;
                body["duplicate_check_interval"] = options.Value.DuplicateCheckSeconds;
            }

            var answer = await api.SendMessageAsync(body, cancellationToken);
            var invalid = (answer.Body["invaliduser"]?.GetValue<string>() ?? "")
                .Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var userId in chunk)
            {
                results[userId] = answer.Ok && invalid.Contains(userId)
                    ? new SendResult.RecipientUnreachable("WeCom listed the userid as invalid (not a member, or outside the app's visible range)")
                    : answer.ToSendResult();
            }
        }

        return results;
    }
}
