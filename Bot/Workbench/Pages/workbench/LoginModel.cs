using Lianzheng.Bot.Teams;
using Lianzheng.Bot.WeCom;
using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/login: the ways in that are configured (the one-time link from chat; WeCom, in its app or by QR
/// code on a desktop; Entra ID and the Teams tab when Teams is on), and why a sign-in was refused.</summary>
public sealed class LoginModel(IOptions<WorkbenchOptions> options, IOptions<WeComOptions> wecom, IOptions<TeamsOptions> teams, IOptions<WorkbenchEntraOptions> entra) : PageModel
{
    public string Rules =>
        WorkbenchTexts.LoginLinkRules((int)options.Value.TicketLifetime.TotalMinutes, WorkbenchTexts.Duration(options.Value.SessionLifetime));

    public string LinkHowTo => WorkbenchTexts.LoginHowTo(
        [.. wecom.Value.Enabled ? [WorkbenchTexts.WeComChannel] : Array.Empty<string>(), .. teams.Value.Enabled ? [WorkbenchTexts.TeamsChannel] : Array.Empty<string>()]);

    public bool WeCom => wecom.Value.Enabled;

    /// <summary>Opened in WeCom's in-app browser: 网页授权; elsewhere the QR code.</summary>
    public bool InWeCom => WeComSignInEndpoints.IsInWeCom(Request);

    public bool Entra => entra.Value.Enabled(teams.Value);

    /// <summary>Shown in a frame (the Teams tab after its session ended, or one that never started): Entra ID's pages refuse
    /// to be framed, so the way in there is the tab's own sign-in.</summary>
    public bool Framed => Request.Headers["Sec-Fetch-Dest"] == "iframe";

    public string? Refusal { get; private set; }

    public bool SignedOut { get; private set; }

    public void OnGet(string? refused, string? signedout)
    {
        SignedOut = signedout is not null;
        if (refused is not null)
        {
            Refusal = WorkbenchTexts.Refused(Enum.TryParse<SignInOutcome>(refused, ignoreCase: true, out var outcome) ? outcome : SignInOutcome.Unknown);
        }
    }
}
