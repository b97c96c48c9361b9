using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Bot.Teams;

/// <summary>Validates the Bot Framework token of an inbound activity: issuer, audience = app id, lifetime (5 min skew),
/// an RS256/384/512 signature by a key from the OpenID metadata, that key's endorsement of the activity's channel,
/// and the serviceurl claim. The metadata and keys are IdentityModel's ConfigurationManager's: refreshed every 12 h,
/// and at once (at most every 5 min) when a token names a key id it does not know: the switch
/// Switch.Microsoft.IdentityModel.UpdateConfigAsBlocking (Bot.csproj) makes that caller wait for the new keys.</summary>
public sealed partial class BotFrameworkAuthenticator
{
    public const string HttpClientName = "teams-openid";
    private const string EndorsementsKey = "endorsements";

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _metadata;
    private readonly IOptions<TeamsOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<BotFrameworkAuthenticator> _logger;

    public BotFrameworkAuthenticator(
        IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider time, ILogger<BotFrameworkAuthenticator> logger)
    {
        _options = options;
        _time = time;
        _logger = logger;
        var settings = options.Value;
        _metadata = new ConfigurationManager<OpenIdConnectConfiguration>(
            settings.OpenIdMetadataUrl,
            new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = settings.OpenIdMetadataRequiresHttps })
        {
            AutomaticRefreshInterval = TimeSpan.FromHours(12),
            RefreshInterval = TimeSpan.FromMinutes(5),
        };
    }

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

        if (await GetMetadataAsync(jwt.Kid, cancellationToken) is not { } metadata)
        {
            return "signing keys unavailable";
        }

        var settings = _options.Value;
        var result = await _handler.ValidateTokenAsync(jwt, new TokenValidationParameters
        {
            ValidIssuer = settings.TokenIssuer,
            ValidAudience = settings.AppId,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = metadata.SigningKeys,
            ValidAlgorithms = Algorithms,
            LifetimeValidator = (notBefore, expires, _, parameters) =>
                (notBefore is null || notBefore.Value - parameters.ClockSkew <= _time.GetUtcNow().UtcDateTime)
                && expires is not null && expires.Value + parameters.ClockSkew >= _time.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid)
        {
            return "token rejected: " + result.Exception?.GetType().Name;
        }

        if (!string.IsNullOrEmpty(activity.ChannelId) && !Endorses(metadata, jwt.Kid, activity.ChannelId))
        {
            return "signing key does not endorse channel " + activity.ChannelId;
        }

        var serviceUrl = jwt.TryGetPayloadValue<string>("serviceurl", out var claim) ? claim : null;
        return serviceUrl is not null && string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : "serviceurl claim missing or not the activity's";
    }

    /// <summary>The metadata with its keys; refreshed first when the token's key id is not among them. Null when it was
    /// never fetched (a failed refresh keeps the last good metadata).</summary>
    private async Task<OpenIdConnectConfiguration?> GetMetadataAsync(string? kid, CancellationToken cancellationToken)
    {
        try
        {
            var metadata = await _metadata.GetConfigurationAsync(cancellationToken);
            if (kid is not null && KeyOf(metadata, kid) is null)
            {
                _metadata.RequestRefresh();
                metadata = await _metadata.GetConfigurationAsync(cancellationToken);
            }

            return metadata;
        }
        catch (InvalidOperationException ex)
        {
            LogKeysUnavailable(_logger, ex);
            return null;
        }
    }

    private static JsonWebKey? KeyOf(OpenIdConnectConfiguration metadata, string? kid) =>
        metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, kid, StringComparison.Ordinal));

    /// <summary>The Bot Framework lists, with each key, the channels it signs for; IdentityModel keeps that unknown member
    /// of the JWK in AdditionalData.</summary>
    private static bool Endorses(OpenIdConnectConfiguration metadata, string? kid, string channelId) =>
        KeyOf(metadata, kid) is { } key && key.AdditionalData.TryGetValue(EndorsementsKey, out var endorsements) && endorsements switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } list => list.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.String && e.GetString() == channelId),
            IEnumerable<object> list => list.Any(e => e as string == channelId || (e is JsonElement { ValueKind: JsonValueKind.String } s && s.GetString() == channelId)),
            _ => false,
        };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Framework signing keys could not be fetched; inbound Teams requests are refused until they are")]
    private static partial void LogKeysUnavailable(ILogger logger, Exception exception);
}
