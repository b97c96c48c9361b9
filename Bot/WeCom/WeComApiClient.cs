using System.ComponentModel;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Lianzheng.Bot.WeCom;

/// <summary>The WeCom server API for the app. The access token lives in the HybridCache (one caller fetches it while the
/// others wait) until five minutes before its expires_in; an invalid or expired token (40014, 42001) is dropped from
/// the cache and the call made once more with a new one; a wrong secret is never retried. Transport retries are the
/// HttpClient's pipeline's (<see cref="Hosting.ChannelHttpClients"/>). Answers are mapped onto SendResult.</summary>
public sealed partial class WeComApiClient(
    IHttpClientFactory httpClients, HybridCache cache, IOptions<WeComOptions> options, TimeProvider time, ILogger<WeComApiClient> logger)
{
    public const string HttpClientName = "wecom-api";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);
    private static readonly int[] TokenRejected = [40014, 42001];

    /// <summary>WeCom's tokens last 7200 s: the entry never outlives that; a shorter expires_in is checked on each read.
    /// Only in this process's memory: a token is a secret and no use to another replica.</summary>
    private static readonly HybridCacheEntryOptions TokenEntry = new()
    {
        Expiration = TimeSpan.FromSeconds(7200) - RefreshMargin,
        LocalCacheExpiration = TimeSpan.FromSeconds(7200) - RefreshMargin,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    // A token that WeCom rejects, or that is due, retires its generation: the next caller fetches under a new key. Only
    // the first of several callers holding the same token moves the generation on, so none of them drops the fresh
    // token another has just fetched.
    private long _generation;

    private string TokenKey(long generation) => $"wecom-token:{options.Value.CorpId}:{options.Value.AgentId}:{generation}";

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
        var (answer, generation) = await CallOnceAsync(method, path, body, cancellationToken);
        if (TokenRejected.Contains(answer.ErrorCode))
        {
            // Protocol, not transport: WeCom may end a token early; forget it and try once with a new one.
            LogTokenRejected(logger, answer.ErrorCode);
            await RetireAsync(generation, cancellationToken);
            (answer, _) = await CallOnceAsync(method, path, body, cancellationToken);
        }

        if (answer.ErrorCode == 60020)
        {
            LogUntrustedIp(logger, answer.ErrorMessage);
        }
        else if (answer.ErrorCode is 40001 or 40013 or 40056 or 48002 or 301002)
        {
            LogConfigurationError(logger, answer.ErrorCode, answer.ErrorMessage);
        }

        return answer;
    }

    private async Task<(WeComAnswer Answer, long Generation)> CallOnceAsync(
        HttpMethod method, string path, JsonObject? body, CancellationToken cancellationToken)
    {
        string token;
        long generation;
        try
        {
            (token, generation) = await GetTokenAsync(cancellationToken);
        }
        catch (WeComTokenException ex)
        {
            return (WeComAnswer.Failed(ex.ErrorCode, ex.Message), -1);
        }

        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        using var request = new HttpRequestMessage(method, $"{options.Value.ApiBaseUrl.TrimEnd('/')}/{path}{separator}access_token={Uri.EscapeDataString(token)}");
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (WeComAnswer.Failed(-1, $"HTTP {(int)response.StatusCode}"), generation);
            }

            var answer = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken) ?? [];
            return (new WeComAnswer(answer["errcode"]?.GetValue<int>() ?? 0, answer["errmsg"]?.GetValue<string>() ?? "", answer), generation);
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TimeoutRejectedException
            or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (WeComAnswer.Failed(-1, ex.Message), generation);
        }
    }

    private async Task<(string Token, long Generation)> GetTokenAsync(CancellationToken cancellationToken)
    {
        var generation = Interlocked.Read(ref _generation);
        var token = await cache.GetOrCreateAsync(
            TokenKey(generation), this, static (self, ct) => self.FetchTokenAsync(ct), TokenEntry, cancellationToken: cancellationToken);
        if (time.GetUtcNow() < token.RefreshAt)
        {
            return (token.Value, generation);
        }

        // expires_in was shorter than the entry's lifetime: the cached token is due, fetch a new one.
        await RetireAsync(generation, cancellationToken);
        generation = Interlocked.Read(ref _generation);
        token = await cache.GetOrCreateAsync(
            TokenKey(generation), this, static (self, ct) => self.FetchTokenAsync(ct), TokenEntry, cancellationToken: cancellationToken);
        return (token.Value, generation);
    }

    private async Task RetireAsync(long generation, CancellationToken cancellationToken)
    {
        if (generation >= 0 && Interlocked.CompareExchange(ref _generation, generation + 1, generation) == generation)
        {
            await cache.RemoveAsync(TokenKey(generation), cancellationToken);
        }
    }

    private async ValueTask<AccessToken> FetchTokenAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        JsonObject answer;
        try
        {
            answer = await httpClients.CreateClient(HttpClientName).GetFromJsonAsync<JsonObject>(
                $"{settings.ApiBaseUrl.TrimEnd('/')}/gettoken?corpid={Uri.EscapeDataString(settings.CorpId ?? "")}&corpsecret={Uri.EscapeDataString(settings.Secret ?? "")}",
                cancellationToken) ?? [];
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or TimeoutRejectedException
            or TaskCanceledException && !cancellationToken.IsCancellationRequested)
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
        return new AccessToken(token, time.GetUtcNow() + (lifetime > RefreshMargin * 2 ? lifetime - RefreshMargin : lifetime / 2));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "WeCom rejected the access token ({ErrorCode}); fetching a new one and retrying once")]
    private static partial void LogTokenRejected(ILogger logger, int errorCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "WeCom refuses calls from this server's IP (60020): add it to the app's 企业可信IP list in the admin console. {ErrorMessage}")]
    private static partial void LogUntrustedIp(ILogger logger, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Error,
        Message = "WeCom configuration error {ErrorCode}: {ErrorMessage}; check Channels:WeCom (CorpId, AgentId, Secret) and the app's permissions")]
    private static partial void LogConfigurationError(ILogger logger, int errorCode, string? errorMessage);

    /// <summary>An access token and when to stop using it. Immutable, so the cache hands out the instance itself.</summary>
    [ImmutableObject(true)]
    private sealed record AccessToken(string Value, DateTimeOffset RefreshAt);
}
