using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lianzheng.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.WeCom;

/// <summary>The WeCom server API for the app: an access token cached until five minutes before it expires and fetched
/// by one caller at a time; an invalid or expired token (40014, 42001) is dropped, fetched again and the call retried
/// once; a wrong secret is never retried. Answers are mapped onto <see cref="SendResult"/>.</summary>
public sealed partial class WeComApiClient(
    IHttpClientFactory httpClients, IOptions<WeComOptions> options, TimeProvider time, ILogger<WeComApiClient> logger)
{
    public const string HttpClientName = "wecom-api";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly int[] TokenRejected = [40014, 42001];

    private readonly SemaphoreSlim _tokenGate = new(1, 1);
    private (string Token, DateTimeOffset RefreshAt)? _token;

    /// <summary>message/send; the JSON body without agentid (added here).</summary>
    public async Task<WeComAnswer> SendMessageAsync(JsonObject body, CancellationToken cancellationToken)
    {
        body["agentid"] = options.Value.AgentId;
        return await PostAsync("message/send", body, cancellationToken);
    }

    /// <summary>message/update_template_card: replaces the buttons of the card a user clicked with one inactive button.</summary>
    public Task<WeComAnswer> UpdateTemplateCardButtonAsync(string userId, string responseCode, string replaceName, CancellationToken cancellationToken) =>
        PostAsync("message/update_template_card", new JsonObject
        {
            ["userids"] = new JsonArray(userId),
            ["agentid"] = options.Value.AgentId,
            ["response_code"] = responseCode,
            ["button"] = new JsonObject { ["replace_name"] = replaceName },
        }, cancellationToken);

    public Task<WeComAnswer> GetAsync(string path, CancellationToken cancellationToken) => CallAsync(HttpMethod.Get, path, null, cancellationToken);

    public Task<WeComAnswer> PostAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        CallAsync(HttpMethod.Post, path, body, cancellationToken);

    private async Task<WeComAnswer> CallAsync(HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            string token;
            try
            {
                token = await GetTokenAsync(cancellationToken);
            }
            catch (WeComTokenException ex)
            {
                return WeComAnswer.Failed(ex.ErrorCode, ex.Message);
            }

            var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            using var request = new HttpRequestMessage(method, $"{options.Value.ApiBaseUrl.TrimEnd('/')}/{path}{separator}access_token={Uri.EscapeDataString(token)}");
            if (body is not null)
            {
                request.Content = JsonContent.Create(body);
            }

            JsonObject answer;
            try
            {
                using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return WeComAnswer.Failed(-1, $"HTTP {(int)response.StatusCode}");
                }

                answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? [];
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException
                or TaskCanceledException { InnerException: TimeoutException })
            {
                return WeComAnswer.Failed(-1, ex.Message);
            }

            var code = answer["errcode"]?.GetValue<int>() ?? 0;
            if (TokenRejected.Contains(code) && attempt == 1)
            {
                LogTokenRejected(logger, code);
                DropToken(token);
                continue;
            }

            if (code == 60020)
            {
                LogUntrustedIp(logger, answer["errmsg"]?.GetValue<string>());
            }
            else if (code is 40001 or 40013 or 40056 or 48002 or 301002)
            {
                LogConfigurationError(logger, code, answer["errmsg"]?.GetValue<string>());
            }

            return new WeComAnswer(code, answer["errmsg"]?.GetValue<string>() ?? "", answer);
        }
    }

    private async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && time.GetUtcNow() < cached.RefreshAt)
        {
            return cached.Token;
        }

        await _tokenGate.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } fresh && time.GetUtcNow() < fresh.RefreshAt)
            {
                return fresh.Token;
            }

            var settings = options.Value;
            JsonObject answer;
            try
            {
                answer = await httpClients.CreateClient(HttpClientName).GetFromJsonAsync<JsonObject>(
                    $"{settings.ApiBaseUrl.TrimEnd('/')}/gettoken?corpid={Uri.EscapeDataString(settings.CorpId ?? "")}&corpsecret={Uri.EscapeDataString(settings.Secret ?? "")}",
                    cancellationToken) ?? [];
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or TaskCanceledException { InnerException: TimeoutException })
            {
                throw new WeComTokenException(-1, "gettoken failed: " + ex.Message);
            }

            var code = answer["errcode"]?.GetValue<int>() ?? 0;
            if (code != 0 || answer["access_token"]?.GetValue<string>() is not { Length: > 0 } token)
            {
                var message = answer["errmsg"]?.GetValue<string>() ?? "no access_token";
                LogConfigurationError(logger, code, message);
                throw new WeComTokenException(code, $"gettoken answered {code}: {message}");
            }

            var lifetime = TimeSpan.FromSeconds(Math.Max(answer["expires_in"]?.GetValue<int>() ?? 7200, 60));
            _token = (token, time.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2));
            return token;
        }
        finally
        {
            _tokenGate.Release();
        }
    }

    /// <summary>Forgets the token only if it is still the one that failed (another caller may have renewed it).</summary>
    private void DropToken(string failed)
    {
        _tokenGate.Wait();
        try
        {
            if (_token?.Token == failed)
            {
                _token = null;
            }
        }
        finally
        {
            _tokenGate.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WeCom rejected the access token ({ErrorCode}); fetching a new one and retrying once")]
    private static partial void LogTokenRejected(ILogger logger, int errorCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeCom refuses calls from this server's IP (60020): add it to the app's 企业可信IP list in the admin console. {ErrorMessage}")]
    private static partial void LogUntrustedIp(ILogger logger, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeCom configuration error {ErrorCode}: {ErrorMessage}; check Channels:WeCom (CorpId, AgentId, Secret) and the app's permissions")]
    private static partial void LogConfigurationError(ILogger logger, int errorCode, string? errorMessage);
}

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

public sealed class WeComTokenException(int errorCode, string message) : Exception(message)
{
    public int ErrorCode { get; } = errorCode;
}
