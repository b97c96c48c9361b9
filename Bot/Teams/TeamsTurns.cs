using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Texts;
using Lianzheng.Core.Time;
using Lianzheng.Dialogs.Turns;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Bot.Teams;

/// <summary>Runs Teams activities as turns: messages and installs in the background (as inbound work, their replies
/// sent from what the turn stored), card Action.Execute invokes at once, because their answer replaces the card.</summary>
public sealed partial class TeamsTurns(IServiceScopeFactory scopes, BotTurnHandler turns, TimeProvider time) : IInboundProcessor
{
    private const string Greeting = "菜单";

    public string Channel => Channels.Teams;

    public async Task<InboundTurnResult> RunTurnAsync(InboundWork work, CancellationToken cancellationToken)
    {
        var activity = JsonSerializer.Deserialize<Activity>(work.Payload, Activity.Json)!;
        await using var scope = scopes.CreateAsyncScope();
        // Asked again here: a message queued before the bureau's tenant was decided must not slip through.
        if (!await scope.ServiceProvider.GetRequiredService<TeamsTenantGuard>().IsAllowedAsync(activity.TenantId, cancellationToken))
        {
            return InboundTurnResult.Nothing;
        }

        var store = scope.ServiceProvider.GetRequiredService<TeamsConversationStore>();
        var link = await store.RememberAsync(activity, cancellationToken);
        var (text, action) = activity.Type switch
        {
            "message" => (StripMentions(activity.Text), SubmittedAction(activity.Value)),
            "conversationUpdate" when activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true => (Greeting, null),
            "installationUpdate" when activity.Action is "add" or "add-upgrade" => (Greeting, null),
            _ => (null, null),
        };
        if (string.IsNullOrWhiteSpace(text) && action is null)
        {
            return InboundTurnResult.Nothing;
        }

        if (TeamsConversationPolicy.InsteadOfTurn(activity, link) is { } fixedAnswer)
        {
            // A group chat, a refused link: a fixed answer, no turn.
            return new InboundTurnResult(fixedAnswer.Replies, Stored: false);
        }

        var outcome = await turns.HandleAsync(ToInbound(activity, text, action) with { InboundId = work.Id }, cancellationToken);
        return new InboundTurnResult(outcome.Replies, Stored: true);
    }

    public async Task<SendResult> SendReplyAsync(InboundWork work, OutboundMessage reply, CancellationToken cancellationToken)
    {
        var activity = JsonSerializer.Deserialize<Activity>(work.Payload, Activity.Json)!;
        await using var scope = scopes.CreateAsyncScope();
        var sent = await PostReplyAsync(scope.ServiceProvider.GetRequiredService<ConnectorClient>(), activity, reply, cancellationToken);
        return sent.Result;
    }

    /// <summary>An adaptiveCard/action invoke: the turn runs now; a confirmation answers with the card marked 已确认.</summary>
    public async Task<JsonObject> InvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var action = activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty("action", out var execute) && execute.ValueKind == JsonValueKind.Object
            && execute.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "Action.Execute"
                ? SubmittedAction(execute.TryGetProperty("data", out var data) ? data : null)
                : null;
        if (action is null)
        {
            return Error(400, "BadRequest", TeamsTexts.InvokeNotSupported);
        }

        await using var scope = scopes.CreateAsyncScope();
        var link = await scope.ServiceProvider.GetRequiredService<TeamsConversationStore>().RememberAsync(activity, cancellationToken);
        var outcome = TeamsConversationPolicy.InsteadOfTurn(activity, link) // a group chat, a refused link: a fixed answer
            ?? await turns.HandleAsync(ToInbound(activity, null, action), cancellationToken);
        if (Actions.TryParseAcknowledge(action, out var messageId) && outcome.User is { } user)
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var message = await db.OutboxMessages.AsNoTracking().FirstOrDefaultAsync(m => m.Id == messageId, cancellationToken);
            var confirmedAt = await db.Deliveries
                .Where(d => d.MessageId == messageId && d.RecipientId == user.Id && d.ConfirmedAt != null)
                .Select(d => d.ConfirmedAt).FirstOrDefaultAsync(cancellationToken);
            if (message is not null && confirmedAt is { } at)
            {
                var clock = scope.ServiceProvider.GetRequiredService<BureauClock>();
                var original = OutboxWriter.ToOutbound(message);
                var card = AdaptiveCardRenderer.Render(
                    original with { Buttons = [.. original.Buttons.Where(b => !Actions.TryParseAcknowledge(b.Action, out _))] },
                    TeamsTexts.Confirmed(DomainNames.Confirmed(TimeZoneInfo.ConvertTime(at, clock.TimeZone))));
                return new JsonObject { ["statusCode"] = 200, ["type"] = AdaptiveCardRenderer.ContentType, ["value"] = card };
            }
        }

        var connector = scope.ServiceProvider.GetRequiredService<ConnectorClient>();
        foreach (var reply in outcome.Replies)
        {
            await PostReplyAsync(connector, activity, reply, cancellationToken);
        }

        return new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = TeamsTexts.InvokeDone };
    }

    public static JsonObject Error(int status, string code, string message) => new()
    {
        ["statusCode"] = status,
        ["type"] = "application/vnd.microsoft.error",
        ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
    };

    /// <summary>A message for a Teams user in a conversation.</summary>
    public static Activity MessageActivity(string botId, string userId, string conversationId, OutboundMessage message) => new()
    {
        Type = "message",
        From = new ChannelAccount { Id = botId },
        Recipient = new ChannelAccount { Id = userId },
        Conversation = new ConversationAccount { Id = conversationId },
        Attachments = [AdaptiveCardRenderer.Attachment(message)],
    };

    private InboundMessage ToInbound(Activity activity, string? text, string? action) =>
        new(Channels.Teams, activity.From!.Id!, text, action, activity.Id, activity.Timestamp ?? time.GetUtcNow());

    /// <summary>A reply in the user's conversation: to the activity when it has an id (so Teams threads it), else a send.</summary>
    private static Task<ConnectorResult<ResourceResponse>> PostReplyAsync(
        ConnectorClient connector, Activity activity, OutboundMessage message, CancellationToken cancellationToken)
    {
        var reply = MessageActivity(activity.Recipient!.Id!, activity.From!.Id!, activity.Conversation!.Id!, message);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return connector.SendAsync(activity.ServiceUrl!, activity.Conversation.Id!, reply, cancellationToken);
        }

        reply.ReplyToId = activity.Id;
        return connector.ReplyAsync(activity.ServiceUrl!, activity.Conversation.Id!, activity.Id, reply, cancellationToken);
    }

    /// <summary>The action payload of a submitted card: {"action": "..."}.</summary>
    private static string? SubmittedAction(JsonElement? data) =>
        data is { ValueKind: JsonValueKind.Object } value && value.TryGetProperty(AdaptiveCardRenderer.ActionKey, out var action)
            && action.ValueKind == JsonValueKind.String
                ? action.GetString()
                : null;

    private static string? StripMentions(string? text) => text is null ? null : MentionPattern().Replace(text, "").Trim();

    [GeneratedRegex("<at>.*?</at>", RegexOptions.Singleline)]
    private static partial Regex MentionPattern();
}
