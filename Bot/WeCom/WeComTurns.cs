using System.Globalization;
using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Domain;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Turns;

namespace Lianzheng.Bot.WeCom;

/// <summary>Runs WeCom callbacks as turns, in the background after the empty 200: text goes to the router and dialogs
/// like on every channel, a card click (template_card_event) is the button's action, entering the app greets; the
/// replies go out through message/send, and a clicked card is updated so that it cannot be clicked twice.</summary>
public sealed partial class WeComTurns(BotTurnHandler turns, WeComSender sender, WeComApiClient api, ILogger<WeComTurns> logger) : IInboundProcessor
{
    private const string Greeting = "菜单";
    private static readonly TimeSpan MaxReplyWait = TimeSpan.FromMinutes(10);

    public string Channel => Channels.WeCom;

    /// <summary>What identifies a callback, so that WeCom's retries are processed once: the MsgId of a message; for an
    /// event the sender, time, event, key and task (events of one second on several cards must not collide).</summary>
    public static string DedupKey(IReadOnlyDictionary<string, string> fields) =>
        fields.GetValueOrDefault("MsgId") is { Length: > 0 } msgId
            ? "msg:" + msgId
            : string.Join('|', "evt", fields.GetValueOrDefault("AgentID"), fields.GetValueOrDefault("FromUserName"),
                fields.GetValueOrDefault("CreateTime"), fields.GetValueOrDefault("Event"), fields.GetValueOrDefault("EventKey"),
                fields.GetValueOrDefault("TaskId"));

    public async Task ProcessAsync(InboundWork work, CancellationToken cancellationToken)
    {
        var fields = WeComXml.Fields(work.Payload) ?? throw new InvalidOperationException("Stored WeCom payload is not XML.");
        var userId = fields.GetValueOrDefault("FromUserName");
        if (string.IsNullOrEmpty(userId))
        {
            return;
        }

        var (text, action) = (fields.GetValueOrDefault("MsgType"), fields.GetValueOrDefault("Event")) switch
        {
            ("text", _) => (fields.GetValueOrDefault("Content"), null),
            ("event", "template_card_event" or "click") => (null, fields.GetValueOrDefault("EventKey")),
            ("event", "enter_agent" or "subscribe") => (Greeting, null),
            ("event", _) => (null, (string?)null),
            _ => ((string?)null, (string?)null),
        };
        if (fields.GetValueOrDefault("MsgType") is not ("text" or "event"))
        {
            await ReplyAsync(userId, new OutboundMessage(WeComTexts.OnlyText), cancellationToken);
            return;
        }

        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrEmpty(action))
        {
            return;
        }

        var sentAt = long.TryParse(fields.GetValueOrDefault("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : work.ReceivedAt;
        var outcome = await turns.HandleAsync(
            new InboundMessage(Channels.WeCom, userId, text, action, fields.GetValueOrDefault("MsgId"), sentAt), cancellationToken);

        if (action is not null && fields.GetValueOrDefault("ResponseCode") is { Length: > 0 } responseCode)
        {
            var label = Actions.TryParseAcknowledge(action, out _) && outcome.User is not null ? WeComTexts.Confirmed : WeComTexts.Chosen;
            var updated = await api.UpdateTemplateCardButtonAsync(userId, responseCode, label, cancellationToken);
            if (!updated.Ok)
            {
                LogCardNotUpdated(logger, userId, updated.ErrorCode, updated.ErrorMessage);
            }
        }

        foreach (var reply in outcome.Replies)
        {
            await ReplyAsync(userId, reply, cancellationToken);
        }
    }

    /// <summary>Sends one reply; over the member's WeCom limit it waits for a free slot (the turn is never run again for
    /// that, so nobody gets a reply twice).</summary>
    private async Task ReplyAsync(string userId, OutboundMessage reply, CancellationToken cancellationToken)
    {
        var waited = TimeSpan.Zero;
        while (true)
        {
            var result = (await sender.SendToUsersAsync([userId], reply, cancellationToken))[userId];
            switch (result)
            {
                case SendResult.Throttled throttled when waited < MaxReplyWait:
                    await Task.Delay(throttled.RetryAfter, cancellationToken);
                    waited += throttled.RetryAfter;
                    continue;
                case SendResult.TransientFailure:
                    throw new HttpRequestException($"WeCom reply not delivered: {result}");
                case SendResult.Delivered:
                    return;
                default:
                    LogReplyNotDelivered(logger, userId, result.ToString());
                    return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom card of {UserId} not updated: {ErrorCode} {ErrorMessage}")]
    private static partial void LogCardNotUpdated(ILogger logger, string userId, int errorCode, string errorMessage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom reply to {UserId} not delivered: {Result}")]
    private static partial void LogReplyNotDelivered(ILogger logger, string userId, string result);
}
