namespace Lianzheng.Bot.Teams;

/// <summary>Section "Channels:Teams". The channel is on when AppId is set; then every inbound request must carry a
/// valid Bot Framework token. Endpoints are configurable for sovereign clouds and for a local test authority.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Channels:Teams";

    public static readonly string[] DefaultAllowedServiceUrlHosts =
    [
        "botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us",
        "graph.microsoft.com", "sharepoint.com", "svc.ms", "blob.core.windows.net",
    ];

    /// <summary>The Microsoft App ID (the bot's Entra application id).</summary>
    public string? AppId { get; set; }

    public string? AppPassword { get; set; }

    /// <summary>The tenant of a single-tenant bot; tokens are then requested from it.</summary>
    public string? TenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string TokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Default: https://login.microsoftonline.com/{TenantId or botframework.com}/oauth2/v2.0/token.</summary>
    public string? TokenEndpoint { get; set; }

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Service URLs we call must be on one of these hosts (or a subdomain): an allow-list against SSRF.</summary>
    public string[] AllowedServiceUrlHosts { get; set; } = DefaultAllowedServiceUrlHosts;

    public bool Enabled => !string.IsNullOrWhiteSpace(AppId);

    public string ResolvedTokenEndpoint => string.IsNullOrWhiteSpace(TokenEndpoint)
        ? $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token"
        : TokenEndpoint;

    public bool IsAllowedServiceUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && AllowedServiceUrlHosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
}
