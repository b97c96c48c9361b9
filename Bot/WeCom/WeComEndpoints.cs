using System.Globalization;
using Lianzheng.Bot.Hosting;
using Lianzheng.Bot.Inbound;
using Lianzheng.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.WeCom;

/// <summary>GET and POST /api/wecom/callback, the 接收消息 URL of the self-built app.</summary>
public static partial class WeComEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    public static WebApplicationBuilder AddWeComChannel(this WebApplicationBuilder builder)
    {
        if (!builder.AddWeComApi())
        {
            return builder;
        }

        var services = builder.Services;
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<WeComOptions>>().Value;
            return WeComCrypto.Create(o.Token!, o.EncodingAESKey!, o.CorpId!, out _)!;
        });
        services.AddSingleton<WeComMemberLimiter>();
        services.AddSingleton<WeComSender>();
        services.AddSingleton<IChannelSender>(sp => sp.GetRequiredService<WeComSender>());
        services.AddSingleton<WeComTurns>();
        services.AddSingleton<IInboundProcessor>(sp => sp.GetRequiredService<WeComTurns>());
        services.AddChannelReach<WeComReach>();
        return builder;
    }

    /// <summary>The options and the server API client (also what the wecom-sync verb needs); false when WeCom is off.</summary>
    public static bool AddWeComApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WeComOptions>()
            .BindConfiguration(WeComOptions.SectionName)
            .Validate(o => !o.Enabled || o.AgentId > 0, "Channels:WeCom:AgentId is required when Channels:WeCom:CorpId is set (应用管理 → 应用 → AgentId).")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.Secret), "Channels:WeCom:Secret is required when Channels:WeCom:CorpId is set (the app's Secret).")
            .Validate(o => !o.Enabled || !string.IsNullOrWhiteSpace(o.Token), "Channels:WeCom:Token is required when Channels:WeCom:CorpId is set (接收消息 → Token).")
            .Validate(o => !o.Enabled || WeComCrypto.Create(o.Token ?? "", o.EncodingAESKey ?? "", o.CorpId!, out _) is not null,
                "Channels:WeCom:EncodingAESKey must be the 43 letters and digits shown under 接收消息 → EncodingAESKey.")
            .Validate(o => !o.Enabled || Uri.IsWellFormedUriString(o.ApiBaseUrl, UriKind.Absolute), "Channels:WeCom:ApiBaseUrl must be an absolute URL.")
            .Validate(o => o.ReplayWindowSeconds >= 0, "Channels:WeCom:ReplayWindowSeconds cannot be negative (0 turns the check off).")
            .Validate(o => o.DuplicateCheckSeconds is >= 1 and <= 14400,
                "Channels:WeCom:DuplicateCheckSeconds must be between 1 and 14400 (WeCom checks duplicates for at most 4 hours).")
            .ValidateOnStart();
        if (string.IsNullOrWhiteSpace(builder.Configuration[WeComOptions.SectionName + ":CorpId"]))
        {
            return false;
        }

        builder.Services.AddChannelHttpClients();
        builder.Services.AddHybridCache();
        builder.Services.AddSingleton<WeComApiClient>();
        return true;
    }

    public static WebApplication MapWeCom(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.Enabled)
        {
            app.MapGet("/api/wecom/callback", Verify);
            app.MapPost("/api/wecom/callback", ReceiveAsync);
        }

        return app;
    }

    /// <summary>URL verification: the decrypted echostr, as the whole plain body.</summary>
    private static IResult Verify(HttpRequest request, WeComCrypto crypto, IOptions<WeComOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        var query = request.Query;
        string timestamp = query["timestamp"].ToString(), nonce = query["nonce"].ToString(), echo = query["echostr"].ToString();
        var error = IsFresh(timestamp, options.Value, time)
            ? crypto.VerifyAndDecrypt(query["msg_signature"], timestamp, nonce, echo, out var plain)
            : Stale(out plain);
        if (error != WeComCryptoError.None)
        {
            LogRejected(loggers.CreateLogger(typeof(WeComEndpoints)), "GET", (int)error);
            return Results.Unauthorized();
        }

        return Results.Text(plain, "text/plain; charset=utf-8");
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, WeComCrypto crypto, IOptions<WeComOptions> options, InboundQueue queue, TimeProvider time,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(WeComEndpoints));
        var bytes = await RequestBody.ReadCappedAsync(request, MaxBodyBytes, cancellationToken);
        if (bytes is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var envelope = WeComXml.Fields(System.Text.Encoding.UTF8.GetString(bytes));
        if (envelope?.GetValueOrDefault("Encrypt") is not { Length: > 0 } encrypted)
        {
            LogRejected(logger, "POST", (int)WeComCryptoError.ParseFailed);
            return Results.BadRequest();
        }

        var query = request.Query;
        string timestamp = query["timestamp"].ToString(), nonce = query["nonce"].ToString();
        var error = IsFresh(timestamp, options.Value, time)
            ? crypto.VerifyAndDecrypt(query["msg_signature"], timestamp, nonce, encrypted, out var message)
            : Stale(out message);
        if (error != WeComCryptoError.None)
        {
            LogRejected(logger, "POST", (int)error);
            return Results.Unauthorized();
        }

        var fields = WeComXml.Fields(message);
        if (fields?.GetValueOrDefault("FromUserName") is not { Length: > 0 } from)
        {
            LogRejected(logger, "POST", (int)WeComCryptoError.ParseFailed);
            return Results.BadRequest();
        }

        if (!await queue.AcceptAsync(Channels.WeCom, WeComTurns.DedupKey(fields), from, message, cancellationToken))
        {
            LogDuplicate(logger, from);
        }

        // An empty 200 tells WeCom the callback arrived; the answer goes out later through message/send.
        return Results.Ok();
    }

    private static bool IsFresh(string timestamp, WeComOptions options, TimeProvider time) =>
        options.ReplayWindowSeconds == 0
        || (long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) <= options.ReplayWindowSeconds);

    private static WeComCryptoError Stale(out string message)
    {
        message = "";
        return WeComCryptoError.SignatureMismatch;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a WeCom {Method} callback: {ErrorCode}")]
    private static partial void LogRejected(ILogger logger, string method, int errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "WeCom delivered a callback from {UserId} again; processed once")]
    private static partial void LogDuplicate(ILogger logger, string userId);
}
