namespace Lianzheng.Bot.Workbench;

/// <summary>Section "Workbench:WeCom": where WeCom's sign-in pages are. Used only when the WeCom channel is configured
/// (Channels:WeCom, whose CorpId, AgentId and access token the sign-in shares).</summary>
public sealed class WorkbenchWeComOptions
{
    public const string SectionName = "Workbench:WeCom";

    /// <summary>网页授权 (OAuth2) inside WeCom's in-app browser.</summary>
    public string AuthorizeUrl { get; set; } = "https://open.weixin.qq.com/connect/oauth2/authorize";

    /// <summary>企业微信扫码登录 (Web login with a QR code) for a desktop browser.</summary>
    public string WebLoginUrl { get; set; } = "https://login.work.weixin.qq.com/wwlogin/sso/login";

    /// <summary>https, or plain http only on a loopback address (a local fake in tests).</summary>
    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
