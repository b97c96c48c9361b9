using System.Net.Security;
using Lianzheng.Bot.Teams;
using Lianzheng.Bot.WeCom;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Lianzheng.Bot.Hosting;

/// <summary>The HttpClients of both channels, configured here and nowhere else. The Connector and the WeCom API get a
/// resilience pipeline (Microsoft.Extensions.Http.Resilience, on the injected TimeProvider): a total timeout, retries
/// with jittered exponential backoff from 500 ms or after Retry-After (at most 30 s), and a timeout per attempt. A call
/// is retried only when it cannot have been applied twice: any method on an answer that says it was not applied (429,
/// and for the Connector 412 and 503), and only GET/PUT on the other transient failures (5xx, 408, timeouts, a broken
/// connection), because a POST answered 502 or timed out may have been delivered. A request refused before it left
/// (connection refused, name not resolved) is retried whatever its method.</summary>
public static partial class ChannelHttpClients
{
    /// <summary>Set on a request whose 429 the caller handles itself (the outbox paces its own retries).</summary>
    public static readonly HttpRequestOptionsKey<bool> LeaveThrottlingToCaller = new("Lianzheng.LeaveThrottlingToCaller");

    /// <summary>A Retry-After longer than this is not waited out inside a call: the answer goes back to the caller.</summary>
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>Timers may fire a little early; a margin keeps a retry from landing before Retry-After ends.</summary>
    public static readonly TimeSpan RetryAfterMargin = TimeSpan.FromMilliseconds(50);

    private const int MaxRetries = 3;
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan IdentityTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PooledConnectionLifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ConnectorTotalTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan WeComTotalTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BodyMargin = TimeSpan.FromSeconds(30);
    private static readonly HashSet<int> ConnectorNotApplied = [412, 429, 503];
    private static readonly HashSet<int> WeComNotApplied = [429];

    /// <summary>Registers the named clients of both channels (once, however often it is called).</summary>
    public static IServiceCollection AddChannelHttpClients(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Registered)))
        {
            return services;
        }

        services.TryAddSingleton<Registered>();
        services.TryAddSingleton(TimeProvider.System);

        // The OpenID metadata client lives as long as the authenticator's ConfigurationManager: pooled connections are
        // renewed so that DNS changes are seen. Retries are the ConfigurationManager's (it keeps the last good keys).
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName, c => c.Timeout = IdentityTimeout)
            .ConfigurePrimaryHttpMessageHandler(sp => Proxied(sp, new SocketsHttpHandler { PooledConnectionLifetime = PooledConnectionLifetime }));

        // MSAL retries the token endpoint itself (once, after Retry-After or 1 s). MSAL accepts only https authorities;
        // a loopback authority (the tests' fake) has no certificate anyone could issue, so its certificate is not
        // checked: only a process on this machine can answer there. Every other host is validated as usual.
        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = IdentityTimeout)
            .ConfigurePrimaryHttpMessageHandler(sp => Proxied(sp, new SocketsHttpHandler
            {
                PooledConnectionLifetime = PooledConnectionLifetime,
                SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (sender, _, _, errors) =>
                        errors == SslPolicyErrors.None || (sender is SslStream { TargetHostName: var host } && IsLoopback(host)),
                },
            }));

        // Called for every reply: no per-request logging scopes (ConnectorClient logs what fails), and never a redirect
        // (it would carry our bearer token to wherever it points).
        // The pipeline's timeouts end the handlers; HttpClient.Timeout, a little longer, also ends reading the body.
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = ConnectorTotalTimeout + BodyMargin)
            .ConfigurePrimaryHttpMessageHandler(sp => Proxied(sp, NoRedirects()))
            .RemoveAllLoggers()
            .AddResilienceHandler(ConnectorClient.HttpClientName, (pipeline, context) =>
                Configure(pipeline, context, ConnectorNotApplied, attemptTimeout: TimeSpan.FromSeconds(30), totalTimeout: ConnectorTotalTimeout));

        services.AddHttpClient(WeComApiClient.HttpClientName, c => c.Timeout = WeComTotalTimeout + BodyMargin)
            .ConfigurePrimaryHttpMessageHandler(sp => Proxied(sp, NoRedirects()))
            .RemoveAllLoggers()
            .AddResilienceHandler(WeComApiClient.HttpClientName, (pipeline, context) =>
                Configure(pipeline, context, WeComNotApplied, attemptTimeout: TimeSpan.FromSeconds(15), totalTimeout: WeComTotalTimeout));
        return services;
    }

    /// <summary>How long the server asked us to wait, if it did.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.RetryAfter is { } retryAfter
            ? retryAfter.Delta ?? (retryAfter.Date is { } date ? date - time.GetUtcNow() : null)
            : null;

    private static bool IsLoopback(string host) =>
        host == "localhost" || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address));

    /// <summary>The handler with the proxy of Http:Proxy, if one is configured.</summary>
    internal static SocketsHttpHandler Proxied(IServiceProvider services, SocketsHttpHandler handler) =>
        services.GetRequiredService<IOptions<HttpProxyOptions>>().Value.Apply(handler);

    private static SocketsHttpHandler NoRedirects() => new() { AllowAutoRedirect = false, PooledConnectionLifetime = PooledConnectionLifetime };

    private static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context, HashSet<int> notApplied,
        TimeSpan attemptTimeout, TimeSpan totalTimeout)
    {
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ChannelHttpClients).FullName!);
        pipeline.TimeProvider = time;
        pipeline
            .AddTimeout(totalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = FirstBackoff,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.GetRequestMessage(), notApplied, time)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && RetryAfter(response, time) is { } asked ? asked + RetryAfterMargin : (TimeSpan?)null),
                OnRetry = args =>
                {
                    var request = args.Context.GetRequestMessage();
                    LogRetrying(logger, args.Outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
                            : args.Outcome.Exception?.GetType().Name ?? "?",
                        request?.Method.Method ?? "?", request?.RequestUri?.AbsolutePath ?? "?", args.RetryDelay.TotalMilliseconds);
                    return default;
                },
            })
            .AddTimeout(attemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, HttpRequestMessage? request, HashSet<int> notApplied, TimeProvider time)
    {
        if (outcome.Result is { } response)
        {
            var status = (int)response.StatusCode;
            if (status == 429 && request is not null && request.Options.TryGetValue(LeaveThrottlingToCaller, out var leave) && leave)
            {
                return false;
            }

            if (RetryAfter(response, time) > MaxRetryAfter)
            {
                return false;
            }

            if (notApplied.Contains(status))
            {
                return true;
            }
        }
        else if (outcome.Exception is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
        {
            return true;
        }

        return (request?.Method == HttpMethod.Get || request?.Method == HttpMethod.Put) && HttpClientResiliencePredicates.IsTransient(outcome);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Channel call {Method} {Path} answered {Outcome}; retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, string outcome, string method, string path, double delayMs);

    /// <summary>Marks the clients as registered.</summary>
    private sealed class Registered;
}
