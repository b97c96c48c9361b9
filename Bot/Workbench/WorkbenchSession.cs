using System.Globalization;
using System.Security.Claims;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;

namespace Lianzheng.Bot.Workbench;

/// <summary>The one session of the 工作台, whichever way in opened it (the link from chat, WeCom, Entra ID): the workbench
/// cookie naming the staff member, nothing else. In the Teams tab it is the tab's cookie, for a page framed by Teams.</summary>
internal static class WorkbenchSession
{
    public static Task StartAsync(HttpContext http, int staffId, bool inTeamsTab = false)
    {
        var scheme = inTeamsTab ? WorkbenchEndpoints.TabScheme : WorkbenchEndpoints.Scheme;
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, staffId.ToString(CultureInfo.InvariantCulture))], scheme);
        return http.SignInAsync(scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = false });
    }

    /// <summary>Ends the session, whichever it is (both cookies go).</summary>
    public static async Task EndAsync(HttpContext http)
    {
        await http.SignOutAsync(WorkbenchEndpoints.Scheme);
        await http.SignOutAsync(WorkbenchEndpoints.TabScheme);
    }

    /// <summary>Back to the login page, which says why in Chinese.</summary>
    public static RedirectResult Refuse(SignInOutcome outcome) => new(RefusalPath(outcome));

    public static string RefusalPath(SignInOutcome outcome) => "/workbench/login?refused=" + outcome.ToString().ToLowerInvariant();
}
