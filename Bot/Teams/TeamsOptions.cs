namespace Lianzheng.Bot.Teams;

/// <summary>Section "Channels:Teams". The channel is on when AppId is set; then every inbound request must carry a
/// valid Bot Framework token. Endpoints are configurable for sovereign clouds and for a local test authority.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Channels:Teams";

    /// <summary>The hosts the Bot Framework and Teams send service URLs on, in each cloud: public, Azure China (21Vianet),
    /// US Gov (GCC, GCC High, DoD). Nobody but Microsoft can name a host under these; domains where anyone can register
    /// a host (blob.core.windows.net, sharepoint.com, the rest of trafficmanager.net) are not here.</summary>
    public static readonly IReadOnlyList<string> DefaultAllowedServiceUrlHosts =
    [
        "smba.trafficmanager.net", "botframework.com",
        "botframework.azure.cn",
        "smba.infra.gcc.teams.microsoft.com", "smba.infra.gov.teams.microsoft.us", "smba.infra.dod.teams.microsoft.us",
        "botframework.azure.us",
    ];

    /// <summary>The Microsoft App ID (the bot's Entra application id).</summary>
    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    /// <summary>The bureau's Microsoft 365 tenant: tokens are requested from it, and activities from any other tenant are
    /// refused. Unset, the tenant of the first account linked to a staff member is remembered and plays that part.</summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Default: https://login.microsoftonline.com/{TenantId or botframework.com}/oauth2/v2.0/token. Always an
    /// https URL ending in /oauth2/v2.0/token: the part before is the authority MSAL asks.</summary>
    public string? TokenEndpoint { get; set; }

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Service URLs we call must be on one of these hosts (or a subdomain): an allow-list against SSRF. When
    /// configured, the list replaces <see cref="DefaultAllowedServiceUrlHosts"/>. Null by default on purpose: the
    /// configuration binder appends to an array it finds filled, so a default here could never be taken away.</summary>
    public string[]? AllowedServiceUrlHosts { get; set; }

    /// <summary>The allow-list in force: the configured hosts, else the defaults.</summary>
    public IReadOnlyList<string> ServiceUrlHosts =>
        AllowedServiceUrlHosts is { Length: > 0 } configured ? configured : DefaultAllowedServiceUrlHosts;

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId);

    public string ResolvedTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token"
        : TokenEndpoint;

    /// <summary>The authority of <see cref="ResolvedTokenEndpoint"/> (scheme, host and tenant), or "" if it has none.</summary>
    public string TokenAuthority =>
        Uri.TryCreate(ResolvedTokenEndpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
            && ResolvedTokenEndpoint.EndsWith(TokenPath, StringComparison.OrdinalIgnoreCase)
            && ResolvedTokenEndpoint.Length > uri.GetLeftPart(UriPartial.Authority).Length + TokenPath.Length + 1
                ? ResolvedTokenEndpoint[..^TokenPath.Length]
                : "";

    /// <summary>The OpenID metadata may be fetched over plain http only from a loopback address (a local test authority).</summary>
    public bool OpenIdMetadataRequiresHttps =>
        !(Uri.TryCreate(OpenIdMetadataUrl, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);

    private const string TokenPath = "/oauth2/v2.0/token";

    public bool IsAllowedServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && ServiceUrlHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}
