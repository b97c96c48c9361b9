using System.Net;

namespace Lianzheng.Bot.Hosting;

/// <summary>Section "Http": the proxy every outbound call goes through (the Teams Connector, its token and sign-in
/// keys, the WeCom API, Entra ID for the 工作台), since a bureau's network often reaches WeCom and Microsoft only
/// through one. Unset, .NET's default applies: the HTTPS_PROXY, HTTP_PROXY and NO_PROXY environment variables.</summary>
public sealed class HttpProxyOptions
{
    public const string SectionName = "Http";

    public const string InvalidProxyMessage =
        "Http:Proxy must be an absolute http:// address of a proxy, such as http://proxy.example.gov.cn:8080 (with " +
        "user:password@ before the host if the proxy asks for a sign-in). Http:Proxy 须为代理服务器的完整 http:// 地址，例如 " +
        "http://proxy.example.gov.cn:8080。";

    /// <summary>The proxy's address; empty: the environment's (or none).</summary>
    public string? Proxy { get; set; }

    /// <summary>Hosts reached directly, not through the proxy (exact names, or *.suffix); loopback always is.</summary>
    public string[] ProxyBypass { get; set; } = [];

    public bool IsValid => string.IsNullOrWhiteSpace(Proxy)
        || (Uri.TryCreate(Proxy, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.Host.Length > 0);

    /// <summary>The proxy to give a handler; null when none is configured here (the handler keeps .NET's default).</summary>
    public IWebProxy? CreateProxy()
    {
        if (string.IsNullOrWhiteSpace(Proxy))
        {
            return null;
        }

        var uri = new Uri(Proxy);
        var bypass = ProxyBypass.Where(h => !string.IsNullOrWhiteSpace(h))
            .Select(h => h.Trim().StartsWith("*.", StringComparison.Ordinal) ? @".*\." + System.Text.RegularExpressions.Regex.Escape(h.Trim()[2..]) + "$"
                : "^" + System.Text.RegularExpressions.Regex.Escape(h.Trim()) + "$")
            .ToArray();
        var proxy = new WebProxy(new UriBuilder(uri) { UserName = "", Password = "" }.Uri, BypassOnLocal: true, bypass);
        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            proxy.Credentials = new NetworkCredential(Uri.UnescapeDataString(parts[0]), parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : "");
        }

        return proxy;
    }

    /// <summary>Puts the configured proxy on a handler (and leaves it as it is when none is configured).</summary>
    public SocketsHttpHandler Apply(SocketsHttpHandler handler)
    {
        if (CreateProxy() is { } proxy)
        {
            handler.Proxy = proxy;
            handler.UseProxy = true;
        }

        return handler;
    }
}
