namespace Lianzheng.Bot.Workbench;

/// <summary>The antiforgery cookie as ASP.NET Core sets it (SameSite=Strict), except on the requests of the Teams tab's
/// session (<see cref="WorkbenchEndpoints.TabCookie"/>): there the page is framed by Teams, another site, where a Strict
/// cookie is never sent and every form of the workbench would be refused; so it is SameSite=None, Secure and Partitioned,
/// like the tab's session. The token in the form is checked against it either way.</summary>
internal sealed class TabAwareCookie : CookieBuilder
{
    public TabAwareCookie(CookieBuilder original)
    {
        Name = original.Name;
        Path = original.Path;
        Domain = original.Domain;
        HttpOnly = original.HttpOnly;
        IsEssential = original.IsEssential;
        SameSite = original.SameSite;
        SecurePolicy = original.SecurePolicy;
        Expiration = original.Expiration;
        MaxAge = original.MaxAge;
        foreach (var extension in original.Extensions)
        {
            Extensions.Add(extension);
        }
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        if (context.Request.Cookies.ContainsKey(WorkbenchEndpoints.TabCookie) || context.Request.Path.StartsWithSegments(TeamsTabSignInEndpoints.SignInPath))
        {
            options.SameSite = SameSiteMode.None;
            options.Secure = true;
            if (!options.Extensions.Contains("Partitioned"))
            {
                options.Extensions.Add("Partitioned");
            }
        }

        return options;
    }
}
