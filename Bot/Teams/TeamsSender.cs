using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.Teams;

/// <summary>Delivers outbox messages in Teams: to the stored 1:1 conversation, creating it from the stored user and
/// tenant when there is none, and once more when Teams says the stored one is gone.</summary>
public sealed class TeamsSender(IServiceScopeFactory scopes) : IChannelSender
{
    public string Channel => Channels.Teams;

    public Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, CancellationToken cancellationToken) =>
        SendAsync(recipientStaffId, message, static _ => ValueTask.CompletedTask, cancellationToken);

    /// <summary>Looks up the person's conversation, then waits for the pace and posts (a 429 goes back to the outbox).</summary>
    public async Task<SendResult> SendAsync(int recipientStaffId, OutboundMessage message, Pace pace, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<TeamsConversationStore>();
        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        var tokens = scope.ServiceProvider.GetRequiredService<ConnectorTokenProvider>();
        var reference = await store.FindByStaffAsync(recipientStaffId, cancellationToken);
        if (reference is null)
        {
            return new SendResult.RecipientUnreachable("no Teams conversation reference: the person has not used the app in Teams");
        }

        // A link made before the tenant guard existed may point into another tenant: never send personal data there.
        if (!await scope.ServiceProvider.GetRequiredService<TeamsTenantGuard>()
                .IsBureauTenantAsync(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>(), reference.TenantId, cancellationToken))
        {
            return new SendResult.RecipientUnreachable("the linked Teams account is not of the bureau's tenant: relink it with link-teams");
        }

        var sent = await PostAsync();
        if (sent.Status == System.Net.HttpStatusCode.NotFound)
        {
            // Protocol: the stored conversation is gone; create a new one and post there, once.
            await store.SetConversationAsync(reference, null, cancellationToken);
            sent = await PostAsync();
        }

        return sent.Result;

        async Task<ConnectorResult<ResourceResponse>> PostAsync()
        {
            if (reference.ConversationId is null)
            {
                await tokens.GetTokenAsync(cancellationToken);
                await pace(cancellationToken);
                var created = await connector.CreateConversationAsync(reference.ServiceUrl, reference.BotId, reference.TeamsUserId, reference.TenantId, cancellationToken);
                if (created.Value?.Id is not { } conversationId)
                {
                    // Without the status: a conversation that could not be created is not tried again.
                    return new ConnectorResult<ResourceResponse>(
                        null, created.Result is SendResult.Delivered ? new SendResult.PermanentFailure("no conversation id returned") : created.Result, null);
                }

                await store.SetConversationAsync(reference, conversationId, cancellationToken);
            }

            // The token first, then the pace: requests paced while the first token was being fetched would all leave
            // together once it came, a burst over the limit the pace keeps (seen after a cold start).
            await tokens.GetTokenAsync(cancellationToken);
            await pace(cancellationToken);
            return await connector.SendAsync(reference.ServiceUrl, reference.ConversationId!,
                TeamsTurns.MessageActivity(reference.BotId, reference.TeamsUserId, reference.ConversationId!, message), cancellationToken, retryThrottled: false);
        }
    }
}
