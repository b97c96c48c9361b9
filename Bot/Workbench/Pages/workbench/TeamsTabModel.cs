using System.Text.Json;
using Lianzheng.Bot.Teams;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Workbench.Pages;

/// <summary>/workbench/teams, the page Teams opens in the 工作台 tab: its script signs in with Teams
/// (<see cref="TeamsTabSignInEndpoints"/>). Not there (404) when the tab is not offered.</summary>
public sealed class TeamsTabModel(IOptions<WorkbenchTeamsTabOptions> options, IOptions<WorkbenchEntraOptions> entra, IOptions<TeamsOptions> teams) : PageModel
{
    /// <summary>The Teams hosts TeamsJS is to listen to, as JSON for the script.</summary>
    public string HostOrigins => JsonSerializer.Serialize(options.Value.ResolvedHostOrigins);

    /// <summary>With the tab's session still open (Teams reopens the tab), straight on to the workbench.</summary>
    public async Task<IActionResult> OnGetAsync()
    {
        if (!entra.Value.Enabled(teams.Value))
        {
            return NotFound();
        }

        return (await HttpContext.AuthenticateAsync(WorkbenchEndpoints.TabScheme)).Succeeded ? Redirect("/workbench") : Page();
    }
}
