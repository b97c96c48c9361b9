using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lianzheng.Tests.Support;

/// <summary>A browser at the 工作台 of the real host, on https as behind the bureau's proxy: it keeps cookies and does not
/// follow redirects, so that each step of a sign-in can be looked at.</summary>
public static class WorkbenchBrowser
{
    public static HttpClient Open(BotApp app, string? userAgent = null)
    {
        var browser = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        if (userAgent is not null)
        {
            browser.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        return browser;
    }

    /// <summary>GET of a path: the status, where a redirect points, and the page.</summary>
    public static async Task<(HttpStatusCode Status, string? Location, string Body)> GetAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Opening <paramref name="path"/> is refused: back to the login page, which says <paramref name="says"/>, and no session.</summary>
    public static async Task AssertRefusedAsync(HttpClient browser, string path, string refused, string says)
    {
        var (_, location, _) = await GetAsync(browser, path);
        Assert.Equal("/workbench/login?refused=" + refused, location);
        Assert.Contains(says, (await GetAsync(browser, location!)).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(browser, "/workbench")).Status);
    }
}
