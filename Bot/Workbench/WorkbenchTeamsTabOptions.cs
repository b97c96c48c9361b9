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

    public IReadOnlyList<string> ResolvedHostOrigins => HostOrigins is { Length: > 0 } origins ? origins : DefaultHostOrigins;

    /// <summary>An origin as CSP and TeamsJS both take it: scheme, host (perhaps "*." before it), port; no path.</summary>
    public static bool IsOrigin(string? origin)
    {
        if (origin is null || origin.Contains(' ', StringComparison.Ordinal) || origin.Contains(';', StringComparison.Ordinal) || origin.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }

        var concrete = origin.Replace("://*.", "://wildcard.", StringComparison.Ordinal);
        return Uri.TryCreate(concrete, UriKind.Absolute, out var uri) && !concrete.Contains('*', StringComparison.Ordinal)
            && uri.AbsolutePath == "/" && !origin.EndsWith('/') && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
    }
}
