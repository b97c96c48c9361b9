using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Fakes;

/// <summary>The Bot Framework side of Teams on 127.0.0.1, written for the tests: the OpenID metadata and signing keys
/// (with endorsements), the token endpoint, and the Connector service that records what the bot posts.</summary>
public sealed class FakeBotFramework : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-0000000000b0";
    public const string Tenant = "tenant-1";
    public const string Issuer = "https://api.botframework.com";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] ChannelEndorsements = ["msteams", "skype"];

    private readonly WebApplication _app;
    private int _tokensIssued;
    private int _activitiesPosted;

    private FakeBotFramework(WebApplication app, string baseUrl, string secureBaseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        SecureBaseUrl = secureBaseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The same server over https (the token authority: MSAL asks only https authorities).</summary>
    public string SecureBaseUrl { get; }

    /// <summary>The token endpoint, as Entra's: {authority}/{tenant}/oauth2/v2.0/token.</summary>
    public string TokenEndpoint => $"{SecureBaseUrl}/{Tenant}/oauth2/v2.0/token";

    public string ServiceUrl => BaseUrl + "/connector/";

    /// <summary>Endorses msteams.</summary>
    public RsaSecurityKey ChannelKey { get; } = NewKey("key-msteams");

    /// <summary>Published, but endorses nothing.</summary>
    public RsaSecurityKey UnendorsedKey { get; } = NewKey("key-none");

    public int TokensIssued => _tokensIssued;

    /// <summary>How often the signing keys were fetched.</summary>
    public int KeySetsServed => _keySetsServed;

    private int _keySetsServed;
    private readonly ConcurrentQueue<(RsaSecurityKey Key, string[] Endorsements)> _rotatedIn = new();

    /// <summary>Publishes one more signing key from now on, as the Bot Framework does when it rotates its keys.</summary>
    public void PublishKey(RsaSecurityKey key, params string[] endorsements) => _rotatedIn.Enqueue((key, endorsements));

    /// <summary>Every call the bot made to the Connector.</summary>
    public ConcurrentQueue<ConnectorCall> Calls { get; } = new();

    /// <summary>Answers to hand out before the normal one, per path suffix match (status, Retry-After seconds).</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<(int Status, int? RetryAfter)>> Scripted { get; } = new();

    /// <summary>How many replies were posted to each activity id (the reply-to-activity call).</summary>
    public ConcurrentDictionary<string, int> RepliesTo { get; } = new(StringComparer.Ordinal);

    /// <summary>Raised with the activity id each time a reply to it is posted (after <see cref="RepliesTo"/> counts it).</summary>
    public event Action<string>? ReplyReceived;

    /// <summary>When false the Connector keeps counts only, not every call (for long benchmark runs).</summary>
    public bool RecordCalls { get; set; } = true;

    /// <summary>Emails the get-member call returns, by Teams user id.</summary>
    public ConcurrentDictionary<string, string> Emails { get; } = new();

    /// <summary>When set, the Connector enforces the Teams rate limits and answers 429 with Retry-After beyond them.</summary>
    public TeamsRateLimits? Limits { get; set; }

    /// <summary>Proactive messages (not replies) whose body contains <see cref="ProactiveMarker"/>, counted per
    /// conversation: a broadcast is delivered exactly once when every conversation counts 1.</summary>
    public ConcurrentDictionary<string, int> MarkedProactive { get; } = new(StringComparer.Ordinal);

    public string? ProactiveMarker { get; set; }

    /// <summary>When each marked proactive message arrived (Stopwatch timestamps).</summary>
    public ConcurrentQueue<long> MarkedArrivals { get; } = new();

    /// <summary>A delay before each Connector answer (a slow Teams).</summary>
    public TimeSpan ConnectorDelay { get; set; }

    public IEnumerable<ConnectorCall> ActivitiesTo(string conversationId) =>
        Calls.Where(c => c.Method == "POST" && c.Path.StartsWith($"/connector/v3/conversations/{conversationId}/activities", StringComparison.Ordinal));

    public Dictionary<string, string> BotSettings() => new()
    {
        ["Channels:Teams:AppId"] = AppId,
        ["Channels:Teams:AppPassword"] = "secret",
        ["Channels:Teams:TenantId"] = Tenant,
        ["Channels:Teams:OpenIdMetadataUrl"] = BaseUrl + "/openid",
        ["Channels:Teams:TokenEndpoint"] = TokenEndpoint,
        ["Channels:Teams:AllowedServiceUrlHosts:0"] = "127.0.0.1",
    };

    public static async Task<FakeBotFramework> StartAsync()
    {
        FakeBotFramework? fake = null;
        var (app, baseUrl, secureBaseUrl) = await LoopbackServer.StartWithTlsAsync(app =>
        {
            app.MapGet("/openid", () => Results.Json(new { issuer = Issuer, jwks_uri = fake!.BaseUrl + "/keys", id_token_signing_alg_values_supported = SigningAlgorithms }));
            app.MapGet("/keys", () =>
            {
                Interlocked.Increment(ref fake!._keySetsServed);
                return Results.Text(fake.Jwks(), "application/json");
            });
            app.MapPost("/{tenant}/oauth2/v2.0/token", (HttpContext context, string tenant) =>
            {
                Interlocked.Increment(ref fake!._tokensIssued);
                var form = context.Request.Form;
                return tenant == Tenant && form["client_id"] == AppId && form["client_secret"] == "secret" && form["grant_type"] == "client_credentials"
                    && form["scope"] == "https://api.botframework.com/.default"
                    ? Results.Json(new { token_type = "Bearer", expires_in = 3600, access_token = "connector-token" })
                    : Results.BadRequest(new { error = "invalid_client" });
            });
            // Two parameters, so that this is a route handler whose IResult is written, not a plain RequestDelegate.
            app.Map("/connector/{**rest}", (HttpContext context, string rest) => fake!.ConnectorAsync(context));
        });
        fake = new FakeBotFramework(app, baseUrl, secureBaseUrl);
        return fake;
    }

    /// <summary>A token as the Bot Framework signs it; each part can be spoiled for a negative test.</summary>
    public string Token(
        string? serviceUrl = null, string issuer = Issuer, string audience = AppId, SecurityKey? key = null,
        DateTime? expires = null, DateTime? notBefore = null)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = (notBefore ?? now.AddMinutes(-1)),
            Expires = expires ?? now.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl ?? ServiceUrl)]),
            SigningCredentials = new SigningCredentials(key ?? ChannelKey, SecurityAlgorithms.RsaSha256),
        });
    }

    public static RsaSecurityKey NewKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    private string Jwks()
    {
        var keys = new JsonArray();
        foreach (var (key, endorsements) in new[] { (ChannelKey, ChannelEndorsements), (UnendorsedKey, Array.Empty<string>()) }.Concat(_rotatedIn))
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(key);
            var node = new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = key.KeyId, ["n"] = jwk.N, ["e"] = jwk.E };
            if (endorsements.Length > 0)
            {
                node["endorsements"] = new JsonArray([.. endorsements.Select(e => (JsonNode)e)]);
            }

            keys.Add(node);
        }

        return new JsonObject { ["keys"] = keys }.ToJsonString();
    }

    private async Task<IResult> ConnectorAsync(HttpContext context)
    {
        var path = context.Request.Path.Value!;
        var body = context.Request.ContentLength is > 0 || context.Request.Method != "GET"
            ? await new StreamReader(context.Request.Body).ReadToEndAsync()
            : "";
        if (RecordCalls)
        {
            Calls.Enqueue(new ConnectorCall(context.Request.Method, path, context.Request.Headers.Authorization.ToString(), body));
        }

        foreach (var (suffix, answers) in Scripted)
        {
            if (path.EndsWith(suffix, StringComparison.Ordinal) && answers.TryDequeue(out var answer))
            {
                if (answer.RetryAfter is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return Results.Json(new { error = new { code = answer.Status == 403 ? "ConversationBlockedByUser" : "Throttled", message = "scripted" } },
                    statusCode: answer.Status);
            }
        }

        if (context.Request.Headers.Authorization != "Bearer connector-token")
        {
            return Results.Unauthorized();
        }

        if (ConnectorDelay > TimeSpan.Zero)
        {
            await Task.Delay(ConnectorDelay);
        }

        if (Limits is { } limits && !limits.TryPass(ConversationOf(path)))
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(limits.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new { error = new { code = "Throttled", message = "Too many requests" } }, statusCode: 429);
        }

        if (context.Request.Method == "GET" && path.Contains("/members/", StringComparison.Ordinal))
        {
            var userId = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]);
            return Emails.TryGetValue(userId, out var email)
                ? Results.Json(new { id = userId, name = "someone", email, userPrincipalName = email })
                : Results.NotFound(new { error = new { code = "MemberNotFoundInConversation" } });
        }

        if (context.Request.Method == "POST" && path == "/connector/v3/conversations")
        {
            using var request = JsonDocument.Parse(body);
            var member = request.RootElement.GetProperty("members")[0].GetProperty("id").GetString();
            return Results.Json(new { id = "a:created-" + member });
        }

        if (context.Request.Method == "POST" && ReplyTarget(path) is { } replyTo)
        {
            RepliesTo.AddOrUpdate(replyTo, 1, (_, n) => n + 1);
            ReplyReceived?.Invoke(replyTo);
        }
        else if (context.Request.Method == "POST" && ProactiveMarker is { } marker && path.EndsWith("/activities", StringComparison.Ordinal)
            && body.Contains(marker, StringComparison.Ordinal))
        {
            MarkedProactive.AddOrUpdate(ConversationOf(path)!, 1, (_, n) => n + 1);
            MarkedArrivals.Enqueue(System.Diagnostics.Stopwatch.GetTimestamp());
        }

        return Results.Json(new { id = "activity-" + Interlocked.Increment(ref _activitiesPosted) });
    }

    /// <summary>The conversation in /connector/v3/conversations/{conversation}/..., if the path names one.</summary>
    private static string? ConversationOf(string path)
    {
        const string Marker = "/v3/conversations/";
        var at = path.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0 || path.Length == at + Marker.Length)
        {
            return null;
        }

        var rest = path[(at + Marker.Length)..];
        var end = rest.IndexOf('/', StringComparison.Ordinal);
        return Uri.UnescapeDataString(end < 0 ? rest : rest[..end]);
    }

    /// <summary>The activity id in /connector/v3/conversations/{conversation}/activities/{activity}, if the path is one.</summary>
    private static string? ReplyTarget(string path)
    {
        const string Marker = "/activities/";
        var at = path.LastIndexOf(Marker, StringComparison.Ordinal);
        return at < 0 || path.EndsWith("/members", StringComparison.Ordinal) ? null : Uri.UnescapeDataString(path[(at + Marker.Length)..]);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

public sealed record ConnectorCall(string Method, string Path, string Authorization, string Body)
{
    public DateTimeOffset At { get; } = TimeProvider.System.GetUtcNow();
}
