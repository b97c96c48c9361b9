using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using System.Threading.RateLimiting;
using Lianzheng.Bot.Hosting;
using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Time;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace Lianzheng.Bot.Workbench;

/// <summary>The 工作台 under /workbench: Razor Pages (server-rendered, no script, nothing from elsewhere) behind a cookie
/// session (<see cref="WorkbenchSession"/>) opened by a one-time link from chat. Unauthenticated requests are sent to /workbench/login and see no data.</summary>
internal static class WorkbenchEndpoints
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;

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
        });
        var authentication = builder.Services.AddAuthentication(Scheme).AddCookie(Scheme, _ => { });
        builder.AddEntraSignIn(authentication);
        builder.Services.AddOptions<CookieAuthenticationOptions>(Scheme).Configure<IOptions<WorkbenchOptions>, IOptions<BureauOptions>>((cookie, workbench, bureau) =>
        {
            cookie.Cookie.Name = "lianzheng.workbench";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the public address is https: behind a proxy that ends TLS the bot itself sees plain http.
            cookie.Cookie.SecurePolicy = SecureCookies(bureau.Value)
                ? CookieSecurePolicy.Always
                : CookieSecurePolicy.SameAsRequest;
            cookie.Cookie.Path = "/workbench";
            cookie.ExpireTimeSpan = workbench.Value.SessionLifetime;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/workbench/login";
            cookie.LogoutPath = "/workbench/signout";
            cookie.AccessDeniedPath = "/workbench/login";
            // The login redirect stays on the address the browser used: a relative Location, not one built from the Host
            // the bot sees (behind a reverse proxy without forwarded headers that would be the proxy's upstream address).
            cookie.Events.OnRedirectToLogin = RedirectWithinSite;
            cookie.Events.OnRedirectToAccessDenied = RedirectWithinSite;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddWeComSignIn();
        builder.Services.AddSingleton<ExportWriter>();
        // Chinese written as itself, not as &#x…; entities (Razor's default encoder escapes everything outside Basic Latin).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(SignInPolicy, context => PerAddress(context, ""));
            // The return from Entra ID is answered by the OIDC handler in the authentication middleware, before any
            // endpoint: it is limited here, as a global limiter that lets every other request pass.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments(EntraSignInEndpoints.CallbackPath) ? PerAddress(context, "entra:") : RateLimitPartition.GetNoLimiter(""));
        });
        return builder;
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
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/workbench"))
            {
                context.Response.OnStarting(() =>
                {
                    ApplyHeaders(context.Response);
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
        app.MapRazorPages();
        return app;
    }

    /// <summary>No script, nothing from elsewhere, not framed; and no Referer, which would carry a sign-in link's ticket
    /// (used, but still) to wherever a page links; never cached, as every page holds personal records.</summary>
    private static void ApplyHeaders(HttpResponse response) => PageHeaders.Apply(response,
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.BadRequest();
        }

        await http.SignOutAsync(Scheme);
        return Results.Redirect("/workbench/login?signedout=1");
    }
}
