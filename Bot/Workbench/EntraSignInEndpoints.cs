using Lianzheng.Bot.Hosting;
using System.Security.Claims;
using Lianzheng.Bot.Teams;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Lianzheng.Bot.Workbench;

/// <summary>Signing in to the 工作台 with Microsoft Entra ID, when Teams is configured: /workbench/signin/entra challenges
/// the OpenID Connect scheme (authorization code with PKCE, answered on the query, so the return is a top-level GET and
/// its correlation cookies can stay SameSite=Lax). On the validated id_token the account is matched to an active staff
/// member, by AAD object id (the oid of the Teams account linked to him) or else by the directory's email, and the
/// workbench cookie is set here: the OIDC scheme never signs anyone in itself, the workbench cookie stays the only
/// session.</summary>
internal static partial class EntraSignInEndpoints
{
    public const string Scheme = "workbench-entra";
    public const string CallbackPath = "/workbench/signin/entra/callback";

    /// <summary>The token's names for the account's sign-in address, in the order they are tried against the directory.
    /// Not "email": it is optional, and its owner may set it to anything.</summary>
    private static readonly string[] EmailClaims = ["upn", "preferred_username"];

    public static void AddEntraSignIn(this WebApplicationBuilder builder, AuthenticationBuilder authentication)
    {
        builder.Services.AddOptions<WorkbenchEntraOptions>().BindConfiguration(WorkbenchEntraOptions.SectionName)
            .Validate(o => WorkbenchEntraOptions.IsAllowed(o.Instance), "Workbench:Entra:Instance must be an https URL such as https://login.microsoftonline.com/.")
            .Validate<IOptions<TeamsOptions>>((o, teams) => !teams.Value.Enabled || string.IsNullOrWhiteSpace(o.Authority) || WorkbenchEntraOptions.IsAllowed(o.Authority),
                "Workbench:Entra:Authority must be an https URL such as https://login.microsoftonline.com/{tenant}/v2.0 (plain http only on a loopback address).")
            .Validate<IOptions<TeamsOptions>>((o, teams) => !teams.Value.Enabled
                    || (!string.IsNullOrWhiteSpace(o.ResolvedClientId(teams.Value)) && !string.IsNullOrWhiteSpace(o.ResolvedClientSecret(teams.Value))),
                "Workbench:Entra:ClientId and ClientSecret (default: Channels:Teams:AppId and AppPassword) are required when Teams is configured.")
            .ValidateOnStart();

        // Decided from the configuration now: a registered OIDC scheme without an authority fails every request.
        if (!Offered(builder.Configuration))
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, _ => { });
        builder.Services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<WorkbenchEntraOptions>, IOptions<TeamsOptions>, IOptions<BureauOptions>>(
            (oidc, entraOptions, teamsOptions, bureau) => Configure(oidc, entraOptions.Value, teamsOptions.Value, bureau.Value));
        // Entra ID's metadata, keys and token endpoint through the bureau's proxy too (Http:Proxy).
        builder.Services.AddOptions<OpenIdConnectOptions>(Scheme).Configure<IOptions<HttpProxyOptions>>((oidc, proxy) =>
            oidc.BackchannelHttpHandler = proxy.Value.Apply(new SocketsHttpHandler()));
    }

    private static void Configure(OpenIdConnectOptions oidc, WorkbenchEntraOptions entra, TeamsOptions teams, BureauOptions bureau)
    {
        var authority = entra.ResolvedAuthority(teams)!;
        oidc.Authority = authority;
        oidc.RequireHttpsMetadata = !WorkbenchEntraOptions.IsLoopbackHttp(authority);
        oidc.ClientId = entra.ResolvedClientId(teams);
        oidc.ClientSecret = entra.ResolvedClientSecret(teams);
        oidc.ResponseType = OpenIdConnectResponseType.Code;
        oidc.ResponseMode = OpenIdConnectResponseMode.Query;
        oidc.UsePkce = true;
        oidc.Scope.Clear();
        oidc.Scope.Add("openid");
        oidc.Scope.Add("profile");
        oidc.Scope.Add("email");
        oidc.CallbackPath = CallbackPath;
        oidc.RemoteSignOutPath = "/workbench/signin/entra/remote-signout";
        oidc.SignedOutCallbackPath = "/workbench/signin/entra/signed-out";
        oidc.SignInScheme = WorkbenchEndpoints.Scheme;
        oidc.MapInboundClaims = false;
        oidc.SaveTokens = false;
        oidc.GetClaimsFromUserInfoEndpoint = false;
        var secure = WorkbenchEndpoints.SecureCookies(bureau) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
        {
            cookie.SameSite = SameSiteMode.Lax;
            cookie.SecurePolicy = secure;
            cookie.HttpOnly = true;
        }

        oidc.Events = new OpenIdConnectEvents
        {
            // Behind the bureau's proxy the bot sees its own address: Entra must send the browser back to the public one.
            OnRedirectToIdentityProvider = context =>
            {
                context.ProtocolMessage.RedirectUri = bureau.PublicUrl(CallbackPath);
                return Task.CompletedTask;
            },
            OnTokenValidated = TokenValidatedAsync,
            OnAccessDenied = context =>
            {
                context.HandleResponse();
                context.Response.Redirect(WorkbenchSession.RefusalPath(SignInOutcome.EntraFailed));
                return Task.CompletedTask;
            },
            OnRemoteFailure = context =>
            {
                var logger = Logger(context.HttpContext);
                LogRefused(logger, context.Failure?.Message);
                context.HandleResponse();
                context.Response.Redirect(WorkbenchSession.RefusalPath(
                    context.Failure?.Message.Contains("Correlation failed", StringComparison.Ordinal) == true ? SignInOutcome.StateMismatch : SignInOutcome.EntraFailed));
                return Task.CompletedTask;
            },
        };
    }

    /// <summary>Whether the Entra ID sign-in (and with it the Teams tab) is offered, read from the configuration while the
    /// host is built, before options can be asked for.</summary>
    public static bool Offered(IConfiguration configuration)
    {
        var entra = configuration.GetSection(WorkbenchEntraOptions.SectionName).Get<WorkbenchEntraOptions>() ?? new WorkbenchEntraOptions();
        var teams = configuration.GetSection(TeamsOptions.SectionName).Get<TeamsOptions>() ?? new TeamsOptions();
        return entra.Enabled(teams);
    }

    public static void MapEntraSignIn(this WebApplication app)
    {
        var entra = app.Services.GetRequiredService<IOptions<WorkbenchEntraOptions>>().Value;
        if (!entra.Enabled(app.Services.GetRequiredService<IOptions<TeamsOptions>>().Value))
        {
            return;
        }

        app.MapGet("/workbench/signin/entra", () => Results.Challenge(new AuthenticationProperties { RedirectUri = "/workbench" }, [Scheme]))
            .RequireRateLimiting(WorkbenchEndpoints.SignInPolicy);
    }

    /// <summary>The id_token is valid (signature, issuer of the bureau's tenant, audience, lifetime, nonce): whom it names.
    /// The request ends here either way, so that the scheme never writes a cookie of its own.</summary>
    private static async Task TokenValidatedAsync(TokenValidatedContext context)
    {
        var staffId = await MatchAsync(context.HttpContext, (ClaimsIdentity)context.Principal!.Identity!);
        context.HandleResponse();
        if (staffId is null)
        {
            var logger = Logger(context.HttpContext);
            LogUnknownAccount(logger);
            context.Response.Redirect(WorkbenchSession.RefusalPath(SignInOutcome.EntraUnknown));
            return;
        }

        await WorkbenchSession.StartAsync(context.HttpContext, staffId.Value);
        context.Response.Redirect("/workbench");
    }

    /// <summary>The active staff member an Entra ID account is: the one whose linked Teams account has its object id, or
    /// else the one the directory gives its sign-in name as email. Only a member account's sign-in name is the bureau
    /// tenant's own; a guest (B2B, an "idp" claim naming his home) brings an address he chose elsewhere, so he is matched
    /// by the object id of a linked Teams account alone.</summary>
    public static Task<int?> MatchAsync(HttpContext http, ClaimsIdentity account)
    {
        List<string> emails = account.FindFirst("idp") is null
            ? [.. EmailClaims.Select(type => account.FindFirst(type)?.Value).OfType<string>()]
            : [];
        return http.RequestServices.GetRequiredService<WorkbenchAccounts>().ByEntraAsync(account.FindFirst("oid")?.Value, emails, http.RequestAborted);
    }

    private static ILogger Logger(HttpContext http) => http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EntraSignInEndpoints));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workbench sign-in with Entra ID failed: {Failure}")]
    private static partial void LogRefused(ILogger logger, string? failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbench sign-in with Entra ID refused: the account matches no active staff member")]
    private static partial void LogUnknownAccount(ILogger logger);
}
