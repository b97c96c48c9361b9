using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.WeCom;

/// <summary>WeCom's answer to a call: errcode (0 = ok), errmsg and the whole JSON.</summary>
public sealed record WeComAnswer(int ErrorCode, string ErrorMessage, JsonObject Body)
{
    public bool Ok => ErrorCode == 0;

    public static WeComAnswer Failed(int code, string message) => new(code, message, []);

    /// <summary>The result of a send to one person (or to all of a call when nobody was listed as invalid).</summary>
    public SendResult ToSendResult() => ErrorCode switch
    {
        0 => new SendResult.Delivered(Body["msgid"]?.GetValue<string>()),
        45009 => new SendResult.Throttled(TimeSpan.FromMinutes(1)),
        45033 => new SendResult.Throttled(TimeSpan.FromSeconds(1)),
        -1 => new SendResult.TransientFailure($"WeCom busy or unreachable: {ErrorMessage}"),
        81013 or 40003 or 60111 or 60011 => new SendResult.RecipientUnreachable($"WeCom {ErrorCode}: not in the app's visible range or not a member ({ErrorMessage})"),
        60020 => new SendResult.PermanentFailure("WeCom 60020: this server's IP is not in the app's 企业可信IP list"),
        _ => new SendResult.PermanentFailure($"WeCom {ErrorCode}: {ErrorMessage}"),
    };
}
