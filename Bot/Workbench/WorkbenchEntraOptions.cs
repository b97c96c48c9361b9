using Lianzheng.Bot.Teams;

namespace Lianzheng.Bot.Workbench;

/// <summary>Section "Workbench:Entra": signing in to the 工作台 with Microsoft Entra ID (OpenID Connect), offered when Teams
/// is configured. Unset, the client is the bot's own Entra application (Channels:Teams:AppId and AppPassword; add the
/// redirect URI {Bureau:PublicBaseUrl}/workbench/signin/entra/callback to it as a Web platform) and the tenant the bureau's
/// (Channels:Teams:TenantId). Sovereign clouds set Instance (https://login.chinacloudapi.cn/,
/// https://login.microsoftonline.us/) or a whole Authority.</summary>
public sealed class WorkbenchEntraOptions
{
    public const string SectionName = "Workbench:Entra";

    public string Instance { get; set; } = "https://login.microsoftonline.com/";

    /// <summary>Default: Channels:Teams:TenantId. Without a tenant (or an Authority) the sign-in is not offered: the token of
    /// any tenant's account would have to be taken.</summary>
    public string? TenantId { get; set; }

    /// <summary>The whole authority, e.g. https://login.microsoftonline.com/{tenant}/v2.0; replaces Instance and TenantId.</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? ResolvedTenant(TeamsOptions teams) => string.IsNullOrWhiteSpace(TenantId) ? teams.TenantId : TenantId;

    /// <summary>The authority the discovery document is read from, or null when there is no tenant to sign in to.</summary>
    public string? ResolvedAuthority(TeamsOptions teams) =>
        !string.IsNullOrWhiteSpace(Authority) ? Authority.TrimEnd('/')
        : ResolvedTenant(teams) is { Length: > 0 } tenant ? $"{Instance.TrimEnd('/')}/{tenant}/v2.0"
        : null;

    public string? ResolvedClientId(TeamsOptions teams) => string.IsNullOrWhiteSpace(ClientId) ? teams.AppId : ClientId;

    public string? ResolvedClientSecret(TeamsOptions teams) => string.IsNullOrWhiteSpace(ClientSecret) ? teams.AppPassword : ClientSecret;

    /// <summary>Offered: Teams is on and there is a tenant (or an authority) to sign in to.</summary>
    public bool Enabled(TeamsOptions teams) => teams.Enabled && ResolvedAuthority(teams) is not null;

    /// <summary>Plain http (no https metadata) only on a loopback address: a local test provider.</summary>
    public static bool IsLoopbackHttp(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;

    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || IsLoopbackHttp(url)) && uri.Query.Length == 0;
}
