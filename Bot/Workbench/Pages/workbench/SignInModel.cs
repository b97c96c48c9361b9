using Lianzheng.Core.Workbench;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/signin?ticket=…, the link from chat. Opening it (GET) only asks to confirm, and spends nothing: link
/// scanners (Safe Links and the like) fetch every URL in a message. The button posts the ticket (with the page's
/// antiforgery token), which redeems it once and opens the session. Whose ticket it is is not shown.</summary>
[EnableRateLimiting(WorkbenchEndpoints.SignInPolicy)]
public sealed class SignInModel(SignInTickets tickets) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Ticket { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await tickets.RedeemAsync(Ticket, cancellationToken);
        if (result is not { Outcome: SignInOutcome.SignedIn, StaffId: { } staffId })
        {
            return WorkbenchSession.Refuse(result.Outcome);
        }

        await WorkbenchSession.StartAsync(HttpContext, staffId);
        return Redirect("/workbench");
    }
}
