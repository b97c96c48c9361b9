using System.Text.Json.Nodes;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
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

    public async Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, CancellationToken cancellationToken) =>
        (await SendManyAsync([recipientStaffId], message, $"s{recipientStaffId}-{Guid.NewGuid():N}", cancellationToken))[recipientStaffId];

    /// <summary>Sends an outbox message to its recipients, in their given order, as one request for the call key: the
    /// card's task_id comes from the key and WeCom's duplicate check is on, so the same call made again after a crash
    /// is the identical request, which WeCom does not deliver twice.</summary>
    public async Task<IReadOnlyDictionary<int, SendResult>> SendManyAsync(
        IReadOnlyList<int> recipientStaffIds, OutboundMessage message, string callKey, CancellationToken cancellationToken)
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
        foreach (var id in recipientStaffIds.Where(id => !userIds.ContainsKey(id)))
        {
            results[id] = new SendResult.RecipientUnreachable("no WeCom userid on file: run wecom-sync or link the person");
        }

        var byUser = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in recipientStaffIds.Where(userIds.ContainsKey))
        {
            byUser.TryAdd(userIds[id], id);
        }

        var sent = await SendToUsersAsync([.. byUser.Keys], message, cancellationToken, callKey);
        foreach (var (userId, result) in sent)
        {
            results[byUser[userId]] = result;
        }

        return results;
    }

    /// <summary>Sends to WeCom userids directly (replies in a conversation, and the bulk path above). With a call key
    /// the request is made repeatable (task_id from the key, duplicate check on); without one it is a fresh message.</summary>
    public async Task<IReadOnlyDictionary<string, SendResult>> SendToUsersAsync(
        IReadOnlyList<string> userIds, OutboundMessage message, CancellationToken cancellationToken, string? callKey = null)
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

        var chunks = allowed.Chunk(MaxUsersPerCall).ToList();
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var taskId = callKey is null ? $"lz-{Guid.NewGuid():N}" : chunks.Count == 1 ? $"lz-{callKey}" : $"lz-{callKey}-{i}";
            var body = WeComMessageRenderer.Render(message, taskId);
            body["touser"] = string.Join('|', chunk);
            if (callKey is not null)
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

/// <summary>WeCom reaches the staff members with a WeCom userid on file.</summary>
public sealed class WeComReach : IChannelReach
{
    public string Channel => Channels.WeCom;

    public bool CanReach(Staff staff) => staff.ChannelIdentities.Any(c => c.Channel == Channels.WeCom);
}
