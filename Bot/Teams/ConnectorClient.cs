using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Lianzheng.Bot.Hosting;
using Lianzheng.Core.Messaging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Lianzheng.Bot.Teams;

/// <summary>The Bot Framework Connector REST calls we make, with the Teams error table mapped onto send results:
/// 429/412/502/503/504 are transient (the HttpClient's pipeline, <see cref="ChannelHttpClients"/>, has already retried
/// those that cannot have been applied), 403 means the person cannot be reached, 404 that the conversation is gone.</summary>
public sealed partial class ConnectorClient(
    IHttpClientFactory httpClients, ConnectorTokenProvider tokens, IOptions<TeamsOptions> options, TimeProvider time,
    ILogger<ConnectorClient> logger)
{
    public const string HttpClientName = "teams-connector";

    /// <summary>How long a 429 without Retry-After asks the caller to wait.</summary>
    private static readonly TimeSpan ThrottledWait = TimeSpan.FromSeconds(1);

    /// <summary>Posts a message to a conversation. With <paramref name="retryThrottled"/> false a 429 is not waited out
    /// here but answered as <see cref="SendResult.Throttled"/>: the outbox retries it through its own pace, so that a
    /// retry never comes on top of the paced stream.</summary>
    public Task<ConnectorResult<ResourceResponse>> SendAsync(
        string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken, bool retryThrottled = true) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, cancellationToken,
            retryThrottled);

    public Task<ConnectorResult<ResourceResponse>> ReplyAsync(
        string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}", activity, cancellationToken);

    public Task<ConnectorResult<ResourceResponse>> UpdateAsync(
        string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, cancellationToken);

    /// <summary>Creates (or finds) the 1:1 conversation of the bot with a user.</summary>
    public Task<ConnectorResult<ConversationResourceResponse>> CreateConversationAsync(
        string serviceUrl, string botId, string userId, string tenantId, CancellationToken cancellationToken) =>
        CallAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", new
        {
            bot = new { id = botId },
            members = new[] { new { id = userId } },
            isGroup = false,
            tenantId,
            channelData = new { tenant = new { id = tenantId } },
        }, cancellationToken);

    public Task<ConnectorResult<TeamsMember>> GetMemberAsync(string serviceUrl, string conversationId, string userId, CancellationToken cancellationToken) =>
        CallAsync<TeamsMember>(HttpMethod.Get, serviceUrl,
            $"v3/conversations/{Uri.EscapeDataString(conversationId)}/members/{Uri.EscapeDataString(userId)}", null, cancellationToken);

    private async Task<ConnectorResult<T>> CallAsync<T>(
        HttpMethod method, string serviceUrl, string path, object? body, CancellationToken cancellationToken, bool retryThrottled = true)
    {
        if (!options.Value.IsAllowedServiceUrl(serviceUrl))
        {
            LogServiceUrlRefused(logger, serviceUrl);
            return new ConnectorResult<T>(default, new SendResult.PermanentFailure("service URL not on the allow-list"), null);
        }

        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: Activity.Json);
        }

        request.Options.Set(ChannelHttpClients.LeaveThrottlingToCaller, !retryThrottled);
        HttpResponseMessage response;
        try
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
            // Retries (Retry-After, backoff, only what cannot have been applied twice) are the client's pipeline's.
            response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or ConnectorTokenException or TimeoutRejectedException
            or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, method.Method, path, ex.Message);
            return new ConnectorResult<T>(default, new SendResult.TransientFailure(ex.Message), null);
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var value = response.Content.Headers.ContentLength == 0
                    ? default
                    : await response.Content.ReadFromJsonAsync<T>(Activity.Json, cancellationToken);
                return new ConnectorResult<T>(value, new SendResult.Delivered((value as ResourceResponse)?.Id), response.StatusCode);
            }

            var wait = ChannelHttpClients.RetryAfter(response, time) is { } asked ? asked + ChannelHttpClients.RetryAfterMargin : ThrottledWait;
            if (status == 429 && !retryThrottled)
            {
                LogThrottled(logger, method.Method, path, wait.TotalMilliseconds);
                return new ConnectorResult<T>(default, new SendResult.Throttled(wait), response.StatusCode);
            }

            var error = await response.Content.ReadAsStringAsync(cancellationToken);
            LogFailed(logger, status, method.Method, path, error.Length > 300 ? error[..300] : error);
            SendResult result = status switch
            {
                429 => new SendResult.Throttled(wait),
                412 or 502 or 503 or 504 => new SendResult.TransientFailure($"HTTP {status}"),
                403 => new SendResult.RecipientUnreachable($"HTTP 403 {ErrorCode(error)}"),
                404 => new SendResult.PermanentFailure($"HTTP 404 {ErrorCode(error)}"),
                _ => new SendResult.PermanentFailure($"HTTP {status} {ErrorCode(error)}"),
            };
            return new ConnectorResult<T>(default, result, response.StatusCode);
        }
    }

    private static string ErrorCode(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("error", out var error) && error.TryGetProperty("code", out var code)
                ? code.GetString() ?? ""
                : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused to call Teams service URL {ServiceUrl}: its host is not on Channels:Teams:AllowedServiceUrlHosts")]
    private static partial void LogServiceUrlRefused(ILogger logger, string serviceUrl);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector call {Method} {Path} failed: {Error}")]
    private static partial void LogUnreachable(ILogger logger, string method, string path, string error);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Connector throttled {Method} {Path}; the outbox tries again in {WaitMs} ms")]
    private static partial void LogThrottled(ILogger logger, string method, string path, double waitMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connector answered {Status} to {Method} {Path}: {Error}")]
    private static partial void LogFailed(ILogger logger, int status, string method, string path, string error);
}
