using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Bot.Teams;

/// <summary>Validates the Bot Framework token of an inbound activity: issuer, audience = app id, lifetime (5 min skew),
/// an RS256/384/512 signature by a key from the OpenID metadata, that key's endorsement of the activity's channel,
/// and the serviceurl claim. Keys are cached and refreshed every 12 h, or sooner when an unknown key id shows up.</summary>
public sealed partial class BotFrameworkAuthenticator(
    IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotFrameworkAuthenticator> logger)
{
    public const string HttpClientName = "teams-openid";
    private static readonly TimeSpan KeysLifetime = TimeSpan.FromHours(12);
    private static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private readonly JsonWebTokenHandler _handler = new();
    private SigningKeys? _keys;

    /// <summary>Null when the request is authentic; otherwise why not (for the log, never for the caller).</summary>
    public async Task<string?> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return "no bearer token";
        }

        var token = authorization["Bearer ".Length..].Trim();
        if (token.Split('.').Length != 3)
        {
            return "malformed token";
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return "malformed token";
        }

        var keys = await GetKeysAsync(jwt.Kid, cancellationToken);
        var settings = options.Value;
        var result = await _handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            ValidIssuer = settings.TokenIssuer,
            ValidAudience = settings.AppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = keys.Keys,
            ValidAlgorithms = Algorithms,
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                (notBefore is null || notBefore.Value - parameters.ClockSkew <= time.GetUtcNow().UtcDateTime)
                && expires is not null && expires.Value + parameters.ClockSkew >= time.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid)
        {
            return "token rejected: " + result.Exception?.GetType().Name;
        }

        if (!string.IsNullOrEmpty(activity.ChannelId)
            && (!keys.Endorsements.TryGetValue(jwt.Kid ?? "", out var endorsements) || !endorsements.Contains(activity.ChannelId)))
        {
            return "signing key does not endorse channel " + activity.ChannelId;
        }

        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        return serviceUrl is not null && string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "serviceurl claim missing or not the activity's";
    }

    private async Task<SigningKeys> GetKeysAsync(string? kid, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var current = _keys;
        if (current is not null && now < current.FetchedAt + KeysLifetime
            && (kid is null || current.Endorsements.ContainsKey(kid) || now < current.FetchedAt + MinRefreshInterval))
        {
            return current;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (_keys is not null && !ReferenceEquals(_keys, current))
            {
                return _keys;
            }

            try
            {
                _keys = await FetchAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or JsonException or ArgumentException or TaskCanceledException)
            {
                LogKeysUnavailable(logger, ex);
            }

            return _keys ?? current ?? new SigningKeys([], new Dictionary<string, HashSet<string>>(), now);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<SigningKeys> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(options.Value.OpenIdMetadataUrl, cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new JsonException("The OpenID metadata has no jwks_uri.");
        var jwksJson = await http.GetStringAsync(jwksUri, cancellationToken);
        var keySet = new JsonWebKeySet(jwksJson);
        var endorsements = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using var jwks = JsonDocument.Parse(jwksJson);
        foreach (var key in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id)
            {
                endorsements[id] = key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array
                    ? [.. list.EnumerateArray().Select(e => e.GetString() ?? "")]
                    : [];
            }
        }

        LogKeysFetched(logger, endorsements.Count);
        return new SigningKeys([.. keySet.GetSigningKeys()], endorsements, time.GetUtcNow());
    }

    private sealed record SigningKeys(List<SecurityKey> Keys, IReadOnlyDictionary<string, HashSet<string>> Endorsements, DateTimeOffset FetchedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Count} Bot Framework signing key(s)")]
    private static partial void LogKeysFetched(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Framework signing keys could not be refreshed; keeping the cached ones")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);
}
