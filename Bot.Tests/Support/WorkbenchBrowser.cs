using Microsoft.Extensions.Logging;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lianzheng.Tests.Support;

/// <summary>A browser on the 工作台 of a running host, signed in as one person the way people sign in: he sends 工作台 in
/// the local chat, opens the link he gets and presses 登录 on the page it shows. It keeps its cookies, follows no redirect, and posts forms with the
/// antiforgery token of the page it read last. The host's Bureau:PublicBaseUrl must be https://lianzheng.example.gov.cn.</summary>
public sealed partial class WorkbenchBrowser
{
    public const string PublicBaseUrl = "https://lianzheng.example.gov.cn";

    private readonly HttpClient _client;
    private string _lastPage = "";

    private WorkbenchBrowser(HttpClient client) => _client = client;

    /// <summary>The client underneath, with this browser's cookies (for a test that builds its own requests).</summary>
    public HttpClient Client => _client;

    /// <summary>On https, as behind the bureau's proxy; <paramref name="userAgent"/> to pass for WeCom's in-app browser or a desktop one.</summary>
    public static WorkbenchBrowser Anonymous(BotApp app, string? userAgent = null)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        return new WorkbenchBrowser(client);
    }

    public static async Task<WorkbenchBrowser> SignedInAsync(BotApp app, string userId)
    {
        var chat = new LocalChatClient(app.CreateClient(), userId);
        await chat.SaysAsync("工作台");
        var url = SignInLink().Match(chat.Heard).Value;
        Assert.True(url.Length > 0, $"No sign-in link for {userId} in the reply:\n{chat.Heard}\n"
            + string.Join("\n", app.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level} {e.Category}: {e.Message}")));
        Assert.StartsWith(PublicBaseUrl + "/workbench/signin?ticket=", url, StringComparison.Ordinal);
        var browser = Anonymous(app);
        var (shown, _, page) = await browser.GetAsync(new Uri(url).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, shown);
        var (status, location, _) = await browser.PostAsync("/workbench/signin", [new("ticket", WebUtility.HtmlDecode(TicketField().Match(page).Groups[1].Value))]);
        Assert.Equal((HttpStatusCode.Redirect, "/workbench"), (status, location));
        return browser;
    }

    /// <summary>The whole answer, headers and all, for the caller to look at and dispose.</summary>
    public Task<HttpResponseMessage> GetResponseAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    /// <summary>Opening <paramref name="path"/> is refused: back to the login page, which says <paramref name="says"/>, and no session.</summary>
    public async Task AssertRefusedAsync(string path, string refused, string says)
    {
        var (_, location, _) = await GetAsync(path);
        Assert.Equal("/workbench/login?refused=" + refused, location);
        Assert.Contains(says, (await GetAsync(location!)).Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync("/workbench")).Status);
    }

    public async Task<(HttpStatusCode Status, string? Location, string Body)> GetAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        _lastPage = body;
        return (response.StatusCode, response.Headers.Location?.OriginalString, body);
    }

    /// <summary>A download: its status, content type, file name (as the browser saves it) and bytes.</summary>
    public async Task<(HttpStatusCode Status, string? ContentType, string? FileName, byte[] Bytes)> DownloadAsync(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileNameStar,
            await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Posts a form with the antiforgery token of the page read last (unless <paramref name="withToken"/> is false).</summary>
    public async Task<(HttpStatusCode Status, string? Location, string Body)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true)
    {
        var form = fields.ToList();
        if (withToken)
        {
            var token = TokenField().Match(_lastPage);
            Assert.True(token.Success, "The page read last has no antiforgery token.");
            form.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        }

        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Headers.Location?.OriginalString, body);
    }

    /// <summary>Uploads a file as a form's file field (multipart), with the antiforgery token of the page read last.</summary>
    public async Task<(HttpStatusCode Status, string Body)> PostFileAsync(string path, string field, string fileName, byte[] bytes)
    {
        var token = TokenField().Match(_lastPage);
        Assert.True(token.Success, "The page read last has no antiforgery token.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), field, fileName },
        };
        using var response = await _client.PostAsync(new Uri(path, UriKind.Relative), form, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        _lastPage = body;
        return (response.StatusCode, body);
    }

    [GeneratedRegex(@"https://lianzheng\.example\.gov\.cn/workbench/signin\?ticket=[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();

    [GeneratedRegex("name=\"ticket\" value=\"([^\"]*)\"")]
    private static partial Regex TicketField();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
