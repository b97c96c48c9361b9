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

    /// <summary>What came of a token: the account it names, or what is wrong with it; <c>Unavailable</c>: Entra ID's
    /// documents could not be read, so nothing could be said of it.</summary>
    public sealed record Check(ClaimsIdentity? Account, string? Failure = null, bool Unavailable = false);

    /// <summary>The token's account, or why it is not one to sign in with.</summary>
    public async Task<Check> ValidateAsync(string token, CancellationToken cancellationToken)
    {
        JsonWebToken read;
        try
        {
            read = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException malformed)
        {
            return new Check(null, "not a JWT: " + malformed.GetType().Name);
        }

        try
        {
            var result = await ValidateAsync(token, read, cancellationToken);
            if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
            {
                // A key Entra ID has just started to sign with: read the documents again (ConfigurationManager allows it at
                // most every five minutes), and once.
                _oidc.Get(EntraSignInEndpoints.Scheme).ConfigurationManager!.RequestRefresh();
                _v1.Value?.RequestRefresh();
                result = await ValidateAsync(token, read, cancellationToken);
            }

            if (!result.IsValid)
            {
                return new Check(null, result.Exception?.Message ?? "invalid");
            }

            var account = result.ClaimsIdentity;
            var scopes = account.FindFirst("scp")?.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
            if (!scopes.Contains(WorkbenchTeamsTabOptions.Scope, StringComparer.Ordinal))
            {
                return new Check(null, $"the token does not grant the scope {WorkbenchTeamsTabOptions.Scope}");
            }

            // v2.0 names the client that asked for the token azp, v1.0 appid.
            var client = account.FindFirst("azp")?.Value ?? account.FindFirst("appid")?.Value;
            return WorkbenchTeamsTabOptions.TeamsClients.Contains(client, StringComparer.OrdinalIgnoreCase)
                ? new Check(account)
                : new Check(null, $"the token was asked for by {client ?? "no client"}, not by a Teams or Microsoft 365 client");
        }
        catch (InvalidOperationException unreadable)
        {
            // IDX20803: the discovery document or its keys could not be read (and none was read before).
            return new Check(null, unreadable.Message, Unavailable: true);
        }
    }

    private async Task<TokenValidationResult> ValidateAsync(string token, JsonWebToken read, CancellationToken cancellationToken)
    {
        var options = _oidc.Get(EntraSignInEndpoints.Scheme);
        var v2 = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
        var issuers = new List<string> { v2.Issuer };
        var keys = new List<SecurityKey>(v2.SigningKeys);
        if (_v1.Value is { } v1 && !string.Equals(read.Issuer, v2.Issuer, StringComparison.Ordinal))
        {
            var older = await v1.GetConfigurationAsync(cancellationToken);
            issuers.Add(older.Issuer);
            keys.AddRange(older.SigningKeys);
        }

        var clientId = _entra.ResolvedClientId(_teams)!;
        return await _handler.ValidateTokenAsync(token, new TokenValidationParameters
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
