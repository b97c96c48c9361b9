using System.Security.Cryptography;
using System.Text;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench;

/// <summary>Signing in to the 工作台 with WeCom: 网页授权 inside WeCom's in-app browser (/workbench/signin/wecom) and
/// 企业微信扫码登录 on a desktop browser (/workbench/signin/wecom/qr). Both leave with a random state, kept in a short-lived
/// HttpOnly cookie of this browser's, and come back to /workbench/signin/wecom/callback with a code; the state must be
/// the cookie's (against CSRF: nobody can make another browser sign in as him), and auth/getuserinfo, with the bot's
/// cached access token, names the WeCom userid, which must be linked to an active staff member.</summary>
internal static partial class WeComSignInEndpoints
{
    public const string CallbackPath = "/workbench/signin/wecom/callback";
    private const string StateCookie = "lianzheng.wecom-state";
    private static readonly TimeSpan StateLifetime = TimeSpan.FromMinutes(10);

    /// <summary>WeCom's in-app browser says so in its User-Agent ("wxwork/4.1.x").</summary>
    public static bool IsInWeCom(HttpRequest request) => request.Headers.UserAgent.ToString().Contains("wxwork", StringComparison.OrdinalIgnoreCase);

    public static void AddWeComSignIn(this IServiceCollection services) =>
        services.AddOptions<WorkbenchWeComOptions>().BindConfiguration(WorkbenchWeComOptions.SectionName)
            .Validate(o => WorkbenchWeComOptions.IsAllowed(o.AuthorizeUrl),
                "Workbench:WeCom:AuthorizeUrl must be an https URL without query (plain http only on a loopback address).")
            .Validate(o => WorkbenchWeComOptions.IsAllowed(o.WebLoginUrl),
                "Workbench:WeCom:WebLoginUrl must be an https URL without query (plain http only on a loopback address).")
            .ValidateOnStart();

    public static void MapWeComSignIn(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<WeComOptions>>().Value.Enabled)
        {
            return;
        }

        app.MapGet("/workbench/signin/wecom", (HttpContext http, IOptions<WeComOptions> wecom, IOptions<WorkbenchWeComOptions> urls, IOptions<BureauOptions> bureau) =>
        {
            var state = NewState(http, bureau.Value);
            return Results.Redirect(urls.Value.AuthorizeUrl + "?appid=" + Uri.EscapeDataString(wecom.Value.CorpId!)
                + "&redirect_uri=" + Uri.EscapeDataString(bureau.Value.PublicUrl(CallbackPath))
                + "&response_type=code&scope=snsapi_base&state=" + state + "&agentid=" + wecom.Value.AgentId + "#wechat_redirect");
        }).RequireRateLimiting(WorkbenchEndpoints.SignInPolicy);
        app.MapGet("/workbench/signin/wecom/qr", (HttpContext http, IOptions<WeComOptions> wecom, IOptions<WorkbenchWeComOptions> urls, IOptions<BureauOptions> bureau) =>
        {
            var state = NewState(http, bureau.Value);
            return Results.Redirect(urls.Value.WebLoginUrl + "?login_type=CorpApp&appid=" + Uri.EscapeDataString(wecom.Value.CorpId!)
                + "&agentid=" + wecom.Value.AgentId + "&redirect_uri=" + Uri.EscapeDataString(bureau.Value.PublicUrl(CallbackPath)) + "&state=" + state);
        }).RequireRateLimiting(WorkbenchEndpoints.SignInPolicy);
        app.MapGet(CallbackPath, CallbackAsync).RequireRateLimiting(WorkbenchEndpoints.SignInPolicy);
    }

    private static string NewState(HttpContext http, BureauOptions bureau)
    {
        var state = Base64Url(RandomNumberGenerator.GetBytes(24));
        http.Response.Cookies.Append(StateCookie, state, new CookieOptions
        {
            HttpOnly = true,
            // Lax: the return from WeCom is a top-level GET navigation, which carries Lax cookies.
            SameSite = SameSiteMode.Lax,
            Secure = WorkbenchEndpoints.SecureCookies(bureau) || http.Request.IsHttps,
            Path = "/workbench/signin/wecom",
            MaxAge = StateLifetime,
            IsEssential = true,
        });
        return state;
    }

    private static async Task<IResult> CallbackAsync(
        string? code, string? state, HttpContext http, WeComApiClient api, WorkbenchAccounts accounts, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var expected = http.Request.Cookies[StateCookie];
        http.Response.Cookies.Delete(StateCookie, new CookieOptions { Path = "/workbench/signin/wecom" });
        if (expected is not { Length: > 0 } || state is null
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(state)))
        {
            return Results.Redirect(WorkbenchSession.RefusalPath(SignInOutcome.StateMismatch));
        }

        var logger = loggers.CreateLogger(typeof(WeComSignInEndpoints));
        if (string.IsNullOrEmpty(code))
        {
            // The person declined, or WeCom sent him back without a code.
            return Results.Redirect(WorkbenchSession.RefusalPath(SignInOutcome.WeComFailed));
        }

        var answer = await api.GetAsync("auth/getuserinfo?code=" + Uri.EscapeDataString(code), cancellationToken);
        if (!answer.Ok)
        {
            LogWeComRefused(logger, answer.ErrorCode, answer.ErrorMessage);
            return Results.Redirect(WorkbenchSession.RefusalPath(SignInOutcome.WeComFailed));
        }

        // "userid" today, "UserId" in the older answer; someone outside the corp gets an openid only.
        var userId = (answer.Body["userid"] ?? answer.Body["UserId"])?.GetValue<string>();
        var staffId = string.IsNullOrWhiteSpace(userId) ? null : await accounts.ByWeComUserAsync(userId, cancellationToken);
        if (staffId is null)
        {
            LogUnknownUser(logger);
            return Results.Redirect(WorkbenchSession.RefusalPath(SignInOutcome.WeComUnknown));
        }

        await WorkbenchSession.StartAsync(http, staffId.Value);
        return Results.Redirect("/workbench");
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workbench sign-in with WeCom: auth/getuserinfo answered {ErrorCode}: {ErrorMessage}")]
    private static partial void LogWeComRefused(ILogger logger, int errorCode, string? errorMessage);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbench sign-in with WeCom refused: the WeCom user is linked to no active staff member")]
    private static partial void LogUnknownUser(ILogger logger);
}
