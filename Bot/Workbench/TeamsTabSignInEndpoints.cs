using System.Text.Json.Serialization;
using Lianzheng.Core.Time;
using Lianzheng.Core.Workbench;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench;

/// <summary>The 工作台 as a Teams personal tab, offered with the Entra ID sign-in. Teams opens /workbench/teams in its frame;
/// the page's script (TeamsJS, served from here like every asset) asks Teams for the signed-in account's token (Teams
/// single sign-on: no password, no pop-up) and posts it to /workbench/signin/teams, which checks it
/// (<see cref="TeamsTabTokens"/>), matches the account to a staff member as the Entra ID sign-in does and opens the tab's
/// session: the workbench cookie for a page framed by another site (SameSite=None, Secure, Partitioned: kept in Teams's
/// partition, never sent when another site frames the workbench). The post is JSON from the page's own origin, which no
/// form of another site can send, so nobody can make a browser sign in with a token of his.</summary>
internal static partial class TeamsTabSignInEndpoints
{
    public const string PagePath = "/workbench/teams";
    public const string SignInPath = "/workbench/signin/teams";
    public const string AssetsPath = "/workbench/assets";

    /// <summary>TeamsJS as Microsoft publishes it (npm @microsoft/teams-js, MIT): the one library that speaks to every Teams
    /// client; its version is in the name, so the file may be cached for good.</summary>
    public const string TeamsJs = "teams-js-2.58.0.min.js";
    public const string TabScript = "teams-tab.js";

    /// <summary>The 节假日 page's live template preview (served here with the tab's scripts: the one place the workbench
    /// serves its own assets from).</summary>
    public const string HolidayPreviewScript = "holiday-preview.js";

    /// <summary>Whether the tab is offered: with the Entra ID sign-in, decided from the configuration when the host is built.</summary>
    public static bool Offered(IConfiguration configuration) => EntraSignInEndpoints.Offered(configuration);

    public static void AddTeamsTabSignIn(this IServiceCollection services)
    {
        services.AddOptions<WorkbenchTeamsTabOptions>().BindConfiguration(WorkbenchTeamsTabOptions.SectionName)
            .Validate(o => o.HostOrigins is null || o.HostOrigins.All(WorkbenchTeamsTabOptions.IsOrigin),
                "Workbench:TeamsTab:HostOrigins must be origins such as https://teams.microsoft.com or https://*.teams.microsoft.com "
                + "(scheme and host, no path; plain http only on a loopback address).")
            .ValidateOnStart();
        services.AddSingleton<TeamsTabTokens>();
    }

    public static void MapTeamsTabSignIn(this WebApplication app)
    {
        app.MapGet(AssetsPath + "/{name}", (string name, HttpResponse response) => Asset(name, response));
        if (!Offered(app.Configuration))
        {
            return;
        }

        app.MapPost(SignInPath, SignInAsync).RequireRateLimiting(WorkbenchEndpoints.SignInPolicy);
    }

    private static IResult Asset(string name, HttpResponse response)
    {
        if (name is not (TeamsJs or TabScript or HolidayPreviewScript))
        {
            return Results.NotFound();
        }

        response.Headers.XContentTypeOptions = "nosniff";
        // TeamsJS's name changes with its version; the tab's script may change with any release of the bot.
        response.Headers.CacheControl = name == TeamsJs ? "public, max-age=31536000, immutable" : "no-cache";

        var stream = typeof(TeamsTabSignInEndpoints).Assembly.GetManifestResourceStream("Lianzheng.Bot.Workbench.Assets." + name)
            ?? throw new InvalidOperationException($"The workbench asset {name} is not embedded.");
        return Results.Stream(stream, "text/javascript; charset=utf-8");
    }

    private static async Task<IResult> SignInAsync(HttpContext http, TeamsTabTokens tokens, WorkbenchAccounts accounts, IOptions<BureauOptions> bureau)
    {
        var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TeamsTabSignInEndpoints));
        if (!http.Request.HasJsonContentType())
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (!FromOwnPage(http.Request, bureau.Value))
        {
            LogForeignOrigin(logger, http.Request.Headers.Origin.ToString());
            return Results.Json(new Answer(Message: WorkbenchTexts.TeamsTabForeign), statusCode: StatusCodes.Status403Forbidden);
        }

        Request? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<Request>(http.RequestAborted);
        }
        catch (System.Text.Json.JsonException)
        {
            request = null;
        }

        if (request?.Token is not { Length: > 0 and < 16_384 } token)
        {
            return Results.Json(new Answer(Message: WorkbenchTexts.TeamsTabRefused), statusCode: StatusCodes.Status400BadRequest);
        }

        var check = await tokens.ValidateAsync(token, http.RequestAborted);
        if (check.Unavailable)
        {
            LogUnavailable(logger, check.Failure);
            return Results.Json(new Answer(Message: WorkbenchTexts.TeamsTabUnavailable), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        if (check.Account is not { } identity)
        {
            LogRefused(logger, check.Failure);
            return Results.Json(new Answer(Message: WorkbenchTexts.TeamsTabRefused), statusCode: StatusCodes.Status401Unauthorized);
        }

        var staffId = await EntraSignInEndpoints.MatchAsync(http, identity);
        if (staffId is null)
        {
            LogUnknownAccount(logger);
            return Results.Json(new Answer(Message: WorkbenchTexts.Refused(SignInOutcome.EntraUnknown)), statusCode: StatusCodes.Status403Forbidden);
        }

        await WorkbenchSession.StartAsync(http, staffId.Value, inTeamsTab: true);
        return Results.Json(new Answer(Redirect: "/workbench"));
    }

    /// <summary>Posted by a page of the bot's own, at its public address or the one the request came to.</summary>
    private static bool FromOwnPage(HttpRequest request, BureauOptions bureau)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || request.Headers["Sec-Fetch-Site"] is { Count: > 0 } site && site != "same-origin")
        {
            return false;
        }

        var own = $"{request.Scheme}://{request.Host}";
        var published = Uri.TryCreate(bureau.PublicBaseUrl, UriKind.Absolute, out var url) ? url.GetLeftPart(UriPartial.Authority) : null;
        return string.Equals(origin, own, StringComparison.OrdinalIgnoreCase) || string.Equals(origin, published, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Request([property: JsonPropertyName("token")] string? Token);

    private sealed record Answer(
        [property: JsonPropertyName("redirect"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Redirect = null,
        [property: JsonPropertyName("message"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Message = null);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workbench sign-in in the Teams tab refused: the token from Teams is not valid: {Failure}")]
    private static partial void LogRefused(ILogger logger, string? failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Workbench sign-in in the Teams tab failed: Entra ID's documents could not be read: {Failure}")]
    private static partial void LogUnavailable(ILogger logger, string? failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workbench sign-in in the Teams tab refused: posted from another origin ({Origin})")]
    private static partial void LogForeignOrigin(ILogger logger, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Workbench sign-in in the Teams tab refused: the account matches no active staff member")]
    private static partial void LogUnknownAccount(ILogger logger);
}
