using System.Security.Claims;
using Lianzheng.Bot.Teams;
using Lianzheng.Core.Time;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Bot.Workbench;

/// <summary>The token Teams gives the 工作台 tab (TeamsJS authentication.getAuthToken): an Entra ID access token for the
/// bureau's application, checked as Microsoft asks of a tab's server — signed by one of the tenant's keys (the discovery
/// document the Entra ID sign-in already reads), issued by the bureau's tenant (a v2.0 token names the v2.0 issuer, a v1.0
/// token, the default of an application registration, the issuer of the v1.0 document), meant for this application (its
/// client id, or the Application ID URI api://{public host}/{client id} the manifest names), within its lifetime, and
/// granting the tab's scope.</summary>
internal sealed class TeamsTabTokens
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly IOptionsMonitor<OpenIdConnectOptions> _oidc;
    private readonly WorkbenchEntraOptions _entra;
    private readonly TeamsOptions _teams;
    private readonly BureauOptions _bureau;
    private readonly TimeProvider _time;
    private readonly Lazy<ConfigurationManager<OpenIdConnectConfiguration>?> _v1;

    public TeamsTabTokens(IOptionsMonitor<OpenIdConnectOptions> oidc, IOptions<WorkbenchEntraOptions> entra, IOptions<TeamsOptions> teams,
        IOptions<BureauOptions> bureau, TimeProvider time)
    {
        _oidc = oidc;
        _entra = entra.Value;
        _teams = teams.Value;
        _bureau = bureau.Value;
        _time = time;
        _v1 = new Lazy<ConfigurationManager<OpenIdConnectConfiguration>?>(V1Configuration);
    }

    /// <summary>The Application ID URI the manifest's webApplicationInfo names: api://{host[:port]}/{client id}.</summary>
    public static string ResourceUri(Uri publicBaseUrl, string clientId) =>
        $"api://{(publicBaseUrl.IsDefaultPort ? publicBaseUrl.Host : publicBaseUrl.Authority)}/{clientId}";

    /// <summary>The token's identity, or null (with what is wrong) when it is not one to sign in with.</summary>
    public async Task<(ClaimsIdentity? Identity, string? Failure)> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        if (!_handler.CanReadToken(token))
        {
            return (null, "not a JWT");
        }

        var options = _oidc.Get(EntraSignInEndpoints.Scheme);
        var v2 = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        var issuers = new List<string> { v2.Issuer };
        var keys = new List<SecurityKey>(v2.SigningKeys);
        var v1 = _v1.Value;
        var tokenIssuer = _handler.ReadJsonWebToken(token).Issuer;
        if (v1 is not null && !string.Equals(tokenIssuer, v2.Issuer, StringComparison.Ordinal))
        {
            var older = await v1.GetConfigurationAsync(cancellationToken);
            issuers.Add(older.Issuer);
            keys.AddRange(older.SigningKeys);
        }

        var clientId = _entra.ResolvedClientId(_teams)!;
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = [clientId, ResourceUri(new Uri(_bureau.PublicBaseUrl), clientId)],
            IssuerSigningKeys = keys,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = _time.GetUtcNow().UtcDateTime;
                return (notBefore is null || notBefore.Value <= now + parameters.ClockSkew) && expires is not null && expires.Value >= now - parameters.ClockSkew;
            },
        });
        if (!result.IsValid)
        {
            return (null, result.Exception?.Message ?? "invalid");
        }

        var scopes = result.ClaimsIdentity.FindFirst("scp")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        return scopes.Contains(WorkbenchTeamsTabOptions.Scope, StringComparer.Ordinal)
            ? (result.ClaimsIdentity, null)
            : (null, $"the token does not grant the scope {WorkbenchTeamsTabOptions.Scope}");
    }

    /// <summary>The v1.0 document of the same tenant ({instance}/{tenant}/.well-known/…, the authority without /v2.0), read
    /// through the same back channel as the v2.0 one.</summary>
    private ConfigurationManager<OpenIdConnectConfiguration>? V1Configuration()
    {
        var options = _oidc.Get(EntraSignInEndpoints.Scheme);
        var authority = options.Authority!.TrimEnd('/');
        if (!authority.EndsWith("/v2.0", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new ConfigurationManager<OpenIdConnectConfiguration>(
            authority[..^"/v2.0".Length] + "/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever(),
            new HttpDocumentRetriever(options.Backchannel) { RequireHttps = options.RequireHttpsMetadata });
    }
}
