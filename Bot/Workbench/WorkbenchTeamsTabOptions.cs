namespace Lianzheng.Bot.Workbench;

/// <summary>Section "Workbench:TeamsTab": the 工作台 as a personal tab in Teams, offered with the Entra ID sign-in (Teams
/// configured, a tenant known). Teams shows the tab in a frame of its own pages: <see cref="HostOrigins"/> are the pages
/// allowed to frame the workbench (its Content-Security-Policy frame-ancestors) and to talk to the tab's script (TeamsJS's
/// validMessageOrigins, for a host its own list lacks, e.g. Teams operated by 21Vianet).</summary>
public sealed class WorkbenchTeamsTabOptions
{
    public const string SectionName = "Workbench:TeamsTab";

    /// <summary>The scope the tab asks Teams for (Entra ID: the application's "Expose an API" scope).</summary>
    public const string Scope = "access_as_user";

    /// <summary>What Microsoft's tab requirements list (Teams on the web and its clients, *.cloud.microsoft, Microsoft 365 and
    /// Outlook), the hosts of the US government clouds and of Teams operated by 21Vianet, which TeamsJS's own list leaves
    /// out on purpose and Microsoft asks tabs to pass to app.initialize.</summary>
    public static readonly string[] DefaultHostOrigins =
    [
        "https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://teams.cloud.microsoft", "https://*.cloud.microsoft",
        "https://*.office.com", "https://outlook.office365.com", "https://*.microsoft365.com", "https://teams.live.com",
        "https://teams.microsoft.us", "https://gov.teams.microsoft.us", "https://dod.teams.microsoft.us", "https://teams.microsoftonline.cn",
    ];

    /// <summary>Unset: <see cref="DefaultHostOrigins"/>. Set, it replaces them: origins such as https://teams.microsoft.com,
    /// https://*.teams.microsoft.com (one leading wildcard label), https only (plain http only on a loopback address).</summary>
    public string[]? HostOrigins { get; set; }

    /// <summary>The Microsoft clients that ask Entra ID for a tab's token, as the application registration pre-authorizes
    /// them: Teams desktop and mobile, Teams on the web, Microsoft 365 on the web and desktop, Outlook desktop, web and mobile.
    /// A token another application obtained for the same API (with the user's consent) is not the tab's.</summary>
    public static readonly string[] TeamsClients =
    [
        "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346", "4765445b-32c6-49b0-83e6-1d93765276ca",
        "0ec893e0-5785-4de6-99da-4ed124e5296c", "d3590ed6-52b3-4102-aeff-aad2292ab01c", "bc59ab01-8403-45c6-8796-ac3ef710b3e3",
        "27922004-5251-4030-b22d-91ecd9a37ea4",
    ];

    public IReadOnlyList<string> ResolvedHostOrigins => HostOrigins is { Length: > 0 } origins ? origins : DefaultHostOrigins;

    /// <summary>An origin as CSP and TeamsJS both take it: scheme, host (perhaps "*." before a name of two labels or more, never
    /// before a whole top-level domain such as *.com), port; no path.</summary>
    public static bool IsOrigin(string? origin)
    {
        if (origin is null || origin.Contains(' ', StringComparison.Ordinal) || origin.Contains(';', StringComparison.Ordinal) || origin.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        var wildcard = origin.Contains("://*.", StringComparison.Ordinal);
        var concrete = origin.Replace("://*.", "://wildcard.", StringComparison.Ordinal);
        return Uri.TryCreate(concrete, UriKind.Absolute, out var uri) && !concrete.Contains('*', StringComparison.Ordinal)
            && uri.AbsolutePath == "/" && !origin.EndsWith('/') && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            && (!wildcard || uri.Host.Count(c => c == '.') >= 2);
    }
}
