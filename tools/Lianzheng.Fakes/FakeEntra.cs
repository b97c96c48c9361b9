using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Fakes;

/// <summary>An OpenID Connect provider on 127.0.0.1 shaped like Entra ID's v2.0 endpoints of one tenant: the discovery
/// document, the JWKS of the signing key it is given, an authorize endpoint that signs in <see cref="SignedInAccount"/> at
/// once and sends the browser back with a code (response_mode=query), and a token endpoint that redeems the code once,
/// for the client, its secret, the same redirect URI and the PKCE verifier, with an RS256 id_token. It also serves the
/// tenant's v1.0 document and issues, with the same key, the access tokens Teams gives a tab (<see cref="TabToken"/>).</summary>
public sealed class FakeEntra : IAsyncDisposable
{
    public const string ClientId = "00000000-0000-0000-0000-00000000c11e";
    public const string ClientSecret = "entra-client-secret";

    private readonly WebApplication _app;
    private readonly RsaSecurityKey _key;
    private readonly ConcurrentDictionary<string, Grant> _codes = new(StringComparer.Ordinal);

    private FakeEntra(WebApplication app, string baseUrl, string tenant, RsaSecurityKey key)
    {
        _app = app;
        BaseUrl = baseUrl;
        Tenant = tenant;
        _key = key;
    }

    public string BaseUrl { get; }

    public string Tenant { get; }

    public string Authority => $"{BaseUrl}/{Tenant}/v2.0";

    /// <summary>Whom the authorize endpoint signs in: the account's object id and its sign-in name.</summary>
    public (string ObjectId, string PreferredUsername)? SignedInAccount { get; set; }

    /// <summary>Set: the account is a guest (B2B) whose home is this identity provider; its tokens carry an "idp" claim.</summary>
    public string? GuestIdentityProvider { get; set; }

    /// <summary>Every authorize request's query.</summary>
    public ConcurrentQueue<IQueryCollection> AuthorizeRequests { get; } = new();

    public int TokensIssued => _tokensIssued;

    private int _tokensIssued;

    public Dictionary<string, string> BotSettings() => new()
    {
        ["Workbench:Entra:Authority"] = Authority,
        ["Workbench:Entra:ClientId"] = ClientId,
        ["Workbench:Entra:ClientSecret"] = ClientSecret,
    };

    public static async Task<FakeEntra> StartAsync(string tenant, RsaSecurityKey key)
    {
        FakeEntra? fake = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant, HttpRequest _) => Results.Json(new JsonObject
            {
                ["issuer"] = fake!.Authority,
                ["authorization_endpoint"] = $"{fake.BaseUrl}/{fake.Tenant}/oauth2/v2.0/authorize",
                ["token_endpoint"] = $"{fake.BaseUrl}/{fake.Tenant}/oauth2/v2.0/token",
                ["jwks_uri"] = $"{fake.BaseUrl}/{fake.Tenant}/discovery/v2.0/keys",
                ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token"),
                ["response_modes_supported"] = new JsonArray("query", "fragment", "form_post"),
                ["subject_types_supported"] = new JsonArray("pairwise"),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                ["scopes_supported"] = new JsonArray("openid", "profile", "email", "offline_access"),
            }));
            // The v1.0 document of the same tenant: the issuer of v1.0 access tokens (an application registration's default).
            app.MapGet("/{tenant}/.well-known/openid-configuration", (string tenant, HttpRequest _) => Results.Json(new JsonObject
            {
                ["issuer"] = fake!.V1Issuer,
                ["authorization_endpoint"] = $"{fake.BaseUrl}/{fake.Tenant}/oauth2/authorize",
                ["token_endpoint"] = $"{fake.BaseUrl}/{fake.Tenant}/oauth2/token",
                ["jwks_uri"] = $"{fake.BaseUrl}/{fake.Tenant}/discovery/keys",
                ["response_types_supported"] = new JsonArray("code", "id_token"),
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }));
            app.MapGet("/{tenant}/discovery/keys", (string tenant, HttpRequest _) => fake!.Keys());
            app.MapGet("/{tenant}/discovery/v2.0/keys", (string tenant, HttpRequest _) =>
                fake!.Keys());
            app.MapGet("/{tenant}/oauth2/v2.0/authorize", (string tenant, HttpRequest request) => fake!.Authorize(request.Query));
            app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) => fake!.Redeem(await request.ReadFormAsync()));
        });
        fake = new FakeEntra(app, baseUrl, tenant, key);
        return fake;
    }

    /// <summary>The issuer of the tenant's v1.0 tokens, as Entra ID names it.</summary>
    public string V1Issuer => $"https://sts.windows.net/{Tenant}/";

    /// <summary>The Teams client that asks for a tab's token (Teams web's client id).</summary>
    public const string TeamsWebClientId = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";

    /// <summary>An access token such as Teams gives a tab (authentication.getAuthToken) for the account: for
    /// <paramref name="audience"/> (the application's client id in a v2.0 token, its Application ID URI in a v1.0 one),
    /// granting <paramref name="scope"/>, valid from <paramref name="issuedAt"/> (now) for an hour, asked for by
    /// <paramref name="client"/> (Teams on the web).</summary>
    public string TabToken(string objectId, string upn, string audience, int version = 2, string scope = "access_as_user", DateTime? issuedAt = null,
        string client = TeamsWebClientId)
    {
        var now = issuedAt ?? TimeProvider.System.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = version == 1 ? V1Issuer : Authority,
            Audience = audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(
            [
                new Claim("oid", objectId), new Claim("tid", Tenant), new Claim("scp", scope), new Claim("name", upn), new Claim("sub", "pairwise-" + objectId),
                .. version == 1
                    ? [new Claim("upn", upn), new Claim("appid", client), new Claim("ver", "1.0")]
                    : new[] { new Claim("preferred_username", upn), new Claim("azp", client), new Claim("ver", "2.0") },
                .. GuestIdentityProvider is { } idp ? [new Claim("idp", idp)] : Array.Empty<Claim>(),
            ]),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    private IResult Keys()
    {
        var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(_key);
        return Results.Json(new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject { ["kty"] = "RSA", ["use"] = "sig", ["kid"] = jwk.Kid, ["n"] = jwk.N, ["e"] = jwk.E }),
        });
    }

    private IResult Authorize(IQueryCollection query)
    {
        AuthorizeRequests.Enqueue(query);
        if (query["client_id"] != ClientId || query["response_type"] != "code" || !query["scope"].ToString().Split(' ').Contains("openid")
            || query["code_challenge_method"] != "S256" || string.IsNullOrEmpty(query["code_challenge"]) || string.IsNullOrEmpty(query["nonce"])
            || !Uri.TryCreate(query["redirect_uri"], UriKind.Absolute, out var back) || SignedInAccount is not { } account)
        {
            return Results.BadRequest(new { error = "invalid_request" });
        }

        var code = "entra-code-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        _codes[code] = new Grant(account.ObjectId, account.PreferredUsername, query["nonce"]!, query["code_challenge"]!, back.ToString());
        return Results.Redirect($"{back}?code={code}&state={Uri.EscapeDataString(query["state"].ToString())}&session_state=fake");
    }

    private IResult Redeem(IFormCollection form)
    {
        if (form["grant_type"] != "authorization_code" || form["client_id"] != ClientId || form["client_secret"] != ClientSecret
            || form["code"].ToString() is not { Length: > 0 } code || !_codes.TryRemove(code, out var grant)
            || form["redirect_uri"] != grant.RedirectUri
            || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.CodeChallenge)
        {
            return Results.BadRequest(new { error = "invalid_grant" });
        }

        Interlocked.Increment(ref _tokensIssued);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", "pairwise-" + grant.ObjectId), new Claim("oid", grant.ObjectId), new Claim("tid", Tenant),
                new Claim("preferred_username", grant.PreferredUsername), new Claim("name", grant.PreferredUsername), new Claim("nonce", grant.Nonce),
                .. GuestIdentityProvider is { } idp ? [new Claim("idp", idp)] : Array.Empty<Claim>(),
            ]),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        return Results.Json(new { token_type = "Bearer", scope = "openid profile email", expires_in = 3600, access_token = "fake-access-token", id_token = idToken });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private sealed record Grant(string ObjectId, string PreferredUsername, string Nonce, string CodeChallenge, string RedirectUri);
}
