using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lianzheng.Fakes;

/// <summary>Teams's side of a personal tab, for a real browser: a page on 127.0.0.1 (another site than the bot's) that
/// frames the tab's address and answers what TeamsJS in the frame asks its host over postMessage, as TeamsJS 2.x frames
/// them: a request {id, uuidAsString, func, args}, answered by {id, uuidAsString, args} to the frame's origin. It answers
/// "initialize" (args: frame context "content", host client "web", a runtime config supporting authentication, the
/// client's SDK version) and "authentication.getAuthToken" ([true, token], the token from <see cref="Token"/>, or
/// [false, reason] when that is null), and records every function the tab called.</summary>
public sealed class FakeTeamsHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeTeamsHost(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The host page's origin, e.g. http://127.0.0.1:40123.</summary>
    public string BaseUrl { get; }

    /// <summary>What getAuthToken gives the tab; null: Teams refuses (as when the user has not consented).</summary>
    public Func<string?> Token { get; set; } = () => null;

    /// <summary>The functions the tab called, in order (initialize, authentication.getAuthToken, …).</summary>
    public ConcurrentQueue<string> Calls { get; } = new();

    /// <summary>The page that frames <c>{tab}</c>: {BaseUrl}/?tab=….</summary>
    public string PageFor(string tab) => BaseUrl + "/?tab=" + Uri.EscapeDataString(tab);

    public static async Task<FakeTeamsHost> StartAsync()
    {
        FakeTeamsHost? fake = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/", (HttpRequest request) => Results.Content(Page(request.Query["tab"].ToString()), "text/html; charset=utf-8"));
            app.MapPost("/calls/{name}", (string name) =>
            {
                fake!.Calls.Enqueue(name);
                return Results.NoContent();
            });
            app.MapPost("/token", () => fake!.Token() is { } token ? Results.Text(token) : Results.NoContent());
        });
        fake = new FakeTeamsHost(app, baseUrl);
        return fake;
    }

    private static string Page(string tab) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Teams (fake)</title></head>
        <body>
        <iframe id="tab" src="{{System.Net.WebUtility.HtmlEncode(tab)}}" style="width:1200px;height:700px;border:0"></iframe>
        <script>
        const frame = document.getElementById('tab');
        window.addEventListener('message', (event) => {
          const request = event.data;
          if (event.source !== frame.contentWindow || !request || typeof request.id !== 'number' || typeof request.func !== 'string') { return; }
          const answer = (args) => frame.contentWindow.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args: args }, event.origin);
          // Each call is recorded before it is answered: the next call comes only after an answer, so the host sees
          // the calls in the order they were made (two requests in flight at once may arrive in either order).
          fetch('/calls/' + encodeURIComponent(request.func), { method: 'POST' }).then(() => {
            if (request.func === 'initialize') {
              answer(['content', 'web', JSON.stringify({ apiVersion: 4, supports: { authentication: {}, pages: { tabs: {} }, teamsCore: {} } }), '2.0.1']);
            } else if (request.func === 'authentication.getAuthToken') {
              fetch('/token', { method: 'POST' }).then((r) => r.status === 200 ? r.text() : null)
                .then((token) => answer(token ? [true, token] : [false, 'resourceRequiresConsent']));
            }
          });
        });
        </script>
        </body></html>
        """;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
