using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Lianzheng.Fakes;

/// <summary>A bureau's HTTP proxy on 127.0.0.1: it asks for Basic credentials (407 until they come), records each request
/// it is given in absolute form (GET http://host/path) and forwards it to the fake that plays that host. The hosts it
/// knows resolve nowhere else, so a call that arrives at the fake went through the proxy.</summary>
public sealed class FakeForwardProxy : IAsyncDisposable
{
    private readonly Microsoft.AspNetCore.Builder.WebApplication _app;
    private readonly Dictionary<string, string> _upstreams;
    private readonly HttpClient _forward = new();

    private FakeForwardProxy(Microsoft.AspNetCore.Builder.WebApplication app, string baseUrl, Dictionary<string, string> upstreams)
    {
        _app = app;
        BaseUrl = baseUrl;
        _upstreams = upstreams;
    }

    public const string User = "bureau";

    public const string Password = "p@ss:word";

    public string BaseUrl { get; }

    /// <summary>The proxy's address with its credentials, as Http:Proxy takes it.</summary>
    public string AddressWithCredentials => BaseUrl.Replace("http://", $"http://{User}:{Uri.EscapeDataString(Password)}@", StringComparison.Ordinal);

    /// <summary>What came through: host and path of each request that carried the credentials.</summary>
    public ConcurrentQueue<(string Host, string Path)> Forwarded { get; } = new();

    /// <summary>Requests refused for want of credentials (the client's first try, before the challenge).</summary>
    public int Challenged => _challenged;

    private int _challenged;

    /// <param name="upstreams">Host name (as the bot calls it) → the base URL of the fake that answers for it.</param>
    public static async Task<FakeForwardProxy> StartAsync(IReadOnlyDictionary<string, string> upstreams)
    {
        FakeForwardProxy? proxy = null;
        var (app, baseUrl) = await LoopbackServer.StartAsync(app => app.Run(context => proxy!.HandleAsync(context)));
        proxy = new FakeForwardProxy(app, baseUrl, new Dictionary<string, string>(upstreams, StringComparer.OrdinalIgnoreCase));
        return proxy;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}"));
        if (context.Request.Headers["Proxy-Authorization"] != expected)
        {
            Interlocked.Increment(ref _challenged);
            context.Response.StatusCode = StatusCodes.Status407ProxyAuthenticationRequired;
            context.Response.Headers["Proxy-Authenticate"] = "Basic realm=\"bureau\"";
            return;
        }

        var host = context.Request.Host.Host;
        if (!_upstreams.TryGetValue(host, out var upstream))
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        Forwarded.Enqueue((host, context.Request.Path.Value ?? ""));
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), upstream.TrimEnd('/') + context.Request.Path + context.Request.QueryString);
        if (context.Request.ContentLength > 0 || context.Request.Headers.ContainsKey("Transfer-Encoding"))
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            request.Content = new ByteArrayContent(body.ToArray());
            if (context.Request.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        using var response = await _forward.SendAsync(request);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.Content.Headers.ContentType is { } contentType)
        {
            context.Response.ContentType = contentType.ToString();
        }

        await response.Content.CopyToAsync(context.Response.Body);
    }

    public async ValueTask DisposeAsync()
    {
        _forward.Dispose();
        await _app.DisposeAsync();
    }
}
