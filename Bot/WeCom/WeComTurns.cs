using System.Globalization;
using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Dialogs.Turns;

namespace Lianzheng.Bot.WeCom;

/// <summary>Runs WeCom callbacks as turns, in the background after the empty 200: text goes to the router and dialogs
/// like on every channel, a card click (template_card_event) is the button's action, entering the app greets; the
/// replies the turn stored go out through message/send, and a clicked card is updated so that it cannot be clicked twice.</summary>
public sealed partial class WeComTurns(BotTurnHandler turns, WeComSender sender, WeComApiClient api, ILogger<WeComTurns> logger) : IInboundProcessor
{
    private const string Greeting = "菜单";

    public string Channel => Channels.WeCom;

    /// <summary>What identifies a callback, so that WeCom's retries are processed once: the MsgId of a message; for an
    /// event the sender, time, event, key and task (events of one second on several cards must not collide).</summary>
    public static string DedupKey(IReadOnlyDictionary<string, string> fields) =>
        fields.GetValueOrDefault("MsgId") is { Length: > 0 } msgId
            ? "msg:" + msgId
            : string.Join('|', "evt", fields.GetValueOrDefault("AgentID"), fields.GetValueOrDefault("FromUserName"),
                fields.GetValueOrDefault("CreateTime"), fields.GetValueOrDefault("Event"), fields.GetValueOrDefault("EventKey"),
                fields.GetValueOrDefault("TaskId"));

    public async Task<InboundTurnResult> RunTurnAsync(InboundWork work, CancellationToken cancellationToken)
    {
        var fields = Fields(work);
        var userId = fields.GetValueOrDefault("FromUserName");
        if (string.IsNullOrEmpty(userId))
        {
            return InboundTurnResult.Nothing;
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
            return new InboundTurnResult([new OutboundMessage(WeComTexts.OnlyText)], Stored: false);
        }

        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrEmpty(action))
        {
            return InboundTurnResult.Nothing;
        }

        var sentAt = long.TryParse(fields.GetValueOrDefault("CreateTime"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : work.ReceivedAt;
        var outcome = await turns.HandleAsync(
            new InboundMessage(Channels.WeCom, userId, text, action, fields.GetValueOrDefault("MsgId"), sentAt, work.Id), cancellationToken);

        // After the turn committed, once and best effort (nothing here may fail the committed turn): a crash just before
        // leaves the card clickable, and a second click is answered as already confirmed.
        if (action is not null && fields.GetValueOrDefault("ResponseCode") is { Length: > 0 } responseCode)
        {
            var label = Actions.TryParseAcknowledge(action, out _) && outcome.User is not null ? WeComTexts.Confirmed : WeComTexts.Chosen;
            try
            {
                var updated = await api.UpdateTemplateCardButtonAsync(userId, responseCode, label, cancellationToken);
                if (!updated.Ok)
                {
                    LogCardNotUpdated(logger, userId, updated.ErrorCode, updated.ErrorMessage);
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                LogCardUpdateFailed(logger, ex, userId);
            }
        }

        return new InboundTurnResult(outcome.Replies, Stored: true);
    }

    /// <summary>Sends one reply through message/send; over the member's WeCom limit the result says how long to wait,
    /// and the reply sender waits in that conversation alone.</summary>
    public async Task<SendResult> SendReplyAsync(InboundWork work, OutboundMessage reply, CancellationToken cancellationToken)
    {
        var userId = Fields(work).GetValueOrDefault("FromUserName")!;
        return (await sender.SendToUsersAsync([userId], reply, cancellationToken))[userId];
    }

    private static Dictionary<string, string> Fields(InboundWork work) =>
        WeComXml.Fields(work.Payload) ?? throw new InvalidOperationException("Stored WeCom payload is not XML.");

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom card of {UserId} could not be updated")]
    private static partial void LogCardUpdateFailed(ILogger logger, Exception exception, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "WeCom card of {UserId} not updated: {ErrorCode} {ErrorMessage}")]
    private static partial void LogCardNotUpdated(ILogger logger, string userId, int errorCode, string errorMessage);
}
