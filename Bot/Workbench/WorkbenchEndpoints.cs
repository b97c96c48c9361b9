using Lianzheng.Bot.Reports;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using System.Threading.RateLimiting;
using Lianzheng.Bot.Hosting;
using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Bot.Workbench.Pages;
using Lianzheng.Core.Time;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Lianzheng.Bot.Workbench;

/// <summary>The 工作台 under /workbench: Razor Pages (server-rendered, no script but on the Teams tab's sign-in page, nothing
/// from elsewhere) behind a cookie session (<see cref="WorkbenchSession"/>) opened by a one-time link from chat, WeCom, Entra
/// ID or Teams in its tab. Unauthenticated requests are sent to /workbench/login and see no data.</summary>
internal static class WorkbenchEndpoints
{
    /// <summary>The session of a browser of its own (the link from chat, WeCom, Entra ID): SameSite=Lax.</summary>
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>The session inside the Teams tab, a page framed by Teams: SameSite=None, Secure, Partitioned.</summary>
    public const string TabScheme = "workbench-tab";

    /// <summary>Whichever of the two the request carries: the tab's cookie when it has it (only Teams's frame does).</summary>
    public const string SessionScheme = "workbench";

    public const string SessionCookie = "lianzheng.workbench";
    public const string TabCookie = "lianzheng.workbench.tab";

    /// <summary>Sign-in attempts per client address and minute: a person opens one link; whoever tries tickets is slowed.</summary>
    public const int SignInsPerMinute = 20;

    public const string SignInPolicy = "workbench-signin";

    public static WebApplicationBuilder AddWorkbench(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Workbench/Pages";
            options.Conventions.AuthorizeFolder("/workbench");
            options.Conventions.AllowAnonymousToPage("/workbench/Login");
            options.Conventions.AllowAnonymousToPage("/workbench/SignIn");
            options.Conventions.AllowAnonymousToPage("/workbench/Teams");
        });
        var authentication = builder.Services.AddAuthentication(SessionScheme)
            .AddPolicyScheme(SessionScheme, null, policy => policy.ForwardDefaultSelector = SessionOf)
            .AddCookie(Scheme, _ => { })
            .AddCookie(TabScheme, _ => { });
        builder.AddEntraSignIn(authentication);
        builder.Services.AddTeamsTabSignIn();
        builder.Services.AddSingleton<RuleSettings>();
        builder.Services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<WorkbenchOptions>, IOptions<BureauOptions>>((cookie, workbench, bureau) =>
        {
            Session(cookie, workbench.Value);
            cookie.Cookie.Name = SessionCookie;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the public address is https: behind a proxy that ends TLS the bot itself sees plain http.
            cookie.Cookie.SecurePolicy = SecureCookies(bureau.Value)
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/workbench/login";
        });
        builder.Services.AddOptions<CookieAuthenticationOptions>(TabScheme).Configure<IOptions<WorkbenchOptions>>((cookie, workbench) =>
        {
            Session(cookie, workbench.Value);
            // Sent in Teams's frame (another site's page), so SameSite=None, which browsers take only with Secure; Partitioned
            // (CHIPS) keeps it in the jar of pages under Teams, where browsers that block third-party cookies still keep it.
            cookie.Cookie.Name = TabCookie;
            cookie.Cookie.SameSite = SameSiteMode.None;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.Extensions.Add("Partitioned");
            // An ended session in the tab signs in again with Teams, with no page to pass through.
            cookie.LoginPath = TeamsTabSignInEndpoints.PagePath;
        });
        // The antiforgery cookie goes with the session: in Teams's frame it must be sent there too. Its X-Frame-Options
        // (SAMEORIGIN) is left out: the workbench's own headers say who may frame a page (DENY where nobody may).
        builder.Services.PostConfigure<AntiforgeryOptions>(options =>
        {
            options.Cookie = new TabAwareCookie(options.Cookie);
            options.SuppressXFrameOptionsHeader = true;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddWeComSignIn();
        builder.Services.AddSingleton<ExportWriter>();
        builder.Services.AddWorkReports();
        // Chinese written as itself, not as &#x…; entities (Razor's default encoder escapes everything outside Basic Latin).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // The tab's script shows what the bot answers: in Chinese, as JSON.
            options.OnRejected = (rejected, cancellationToken) =>
                rejected.HttpContext.Request.Path.StartsWithSegments(TeamsTabSignInEndpoints.SignInPath)
                    ? new ValueTask(rejected.HttpContext.Response.WriteAsJsonAsync(new { message = WorkbenchTexts.TeamsTabBusy }, cancellationToken))
                    : ValueTask.CompletedTask;
            options.AddPolicy(SignInPolicy, context => PerAddress(context, ""));
            // The return from Entra ID is answered by the OIDC handler in the authentication middleware, before any
            // endpoint: it is limited here, as a global limiter that lets every other request pass.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments(EntraSignInEndpoints.CallbackPath) ? PerAddress(context, "entra:") : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
    }

    /// <summary>The tab's session when the request carries its cookie; when it carries both (a browser without partitioned
    /// cookies, where the tab's is sent outside Teams too), the tab's only for a page loaded in a frame.</summary>
    private static string SessionOf(HttpContext context)
    {
        var cookies = context.Request.Cookies;
        if (!cookies.ContainsKey(TabCookie))
        {
            return Scheme;
        }

        return !cookies.ContainsKey(SessionCookie) || context.Request.Headers["Sec-Fetch-Dest"] == "iframe" ? TabScheme : Scheme;
    }

    private static void Session(CookieAuthenticationOptions cookie, WorkbenchOptions workbench)
    {
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.Path = "/workbench";
        cookie.ExpireTimeSpan = workbench.SessionLifetime;
        cookie.SlidingExpiration = true;
        cookie.LogoutPath = "/workbench/signout";
        cookie.AccessDeniedPath = "/workbench/login";
        // The login redirect stays on the address the browser used: a relative Location, not one built from the Host
        // the bot sees (behind a reverse proxy without forwarded headers that would be the proxy's upstream address).
        cookie.Events.OnRedirectToLogin = RedirectWithinSite;
        cookie.Events.OnRedirectToAccessDenied = RedirectWithinSite;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, string prefix) =>
        RateLimitPartition.GetFixedWindowLimiter(prefix + (context.Connection.RemoteIpAddress?.ToString() ?? ""), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = SignInsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });

    /// <summary>Whether the public address is https, so that every cookie of the workbench is Secure.</summary>
    public static bool SecureCookies(BureauOptions bureau) => bureau.PublicBaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static Task RedirectWithinSite(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }

    public static WebApplication MapWorkbench(this WebApplication app)
    {
        var framedBy = TeamsTabSignInEndpoints.Offered(app.Configuration)
            ? string.Join(' ', app.Services.GetRequiredService<IOptions<WorkbenchTeamsTabOptions>>().Value.ResolvedHostOrigins)
            : null;
        var pages = ContentPolicy(framedBy, script: false);
        var tab = ContentPolicy(framedBy, script: true);
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/workbench") && !path.StartsWithSegments(TeamsTabSignInEndpoints.AssetsPath))
            {
                // Script runs on the tab's page and the 节假日 page (its live template preview), from the bot only.
                var policy = path.StartsWithSegments(TeamsTabSignInEndpoints.PagePath) || path.StartsWithSegments(HolidaysModel.PagePath) ? tab : pages;
                context.Response.OnStarting(() =>
                {
                    PageHeaders.Apply(context.Response, policy, framedBy is not null);
                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost("/workbench/signout", SignOutAsync);
        app.MapWeComSignIn();
        app.MapEntraSignIn();
        app.MapTeamsTabSignIn();
        app.MapRazorPages();
        return app;
    }

    /// <summary>No script (but the 节假日 page's live preview, and TeamsJS and the tab's own on the tab's page, which may reach only the bot: TeamsJS's fetch of
    /// Microsoft's list of Teams hosts is refused, and it keeps the list it carries), nothing from elsewhere, framed by Teams alone when
    /// the tab is offered and else by nobody; and no Referer, which would carry a sign-in link's ticket (used, but still) to
    /// wherever a page links; never cached, as every page holds personal records.</summary>
    private static string ContentPolicy(string? framedBy, bool script) =>
        "default-src 'none'; " + (script ? "script-src 'self'; connect-src 'self'; " : "")
        + "style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors " + (framedBy ?? "'none'");

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        await WorkbenchSession.EndAsync(http);
        return Results.Redirect("/workbench/login?signedout=1");
    }
}
