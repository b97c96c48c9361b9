using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/login: how to sign in (the one-time link from chat), and why a link was refused.</summary>
public sealed class LoginModel(IOptions<WorkbenchOptions> options) : PageModel
{
    public string Rules =>
        WorkbenchTexts.LoginLinkRules((int)options.Value.TicketLifetime.TotalMinutes, WorkbenchTexts.Duration(options.Value.SessionLifetime));

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
