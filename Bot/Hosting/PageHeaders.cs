namespace Lianzheng.Bot.Hosting;

/// <summary>The headers of the host's own pages (the 工作台, the 廉政回访): the page's content policy, not framed (but by
/// those its frame-ancestors name, when <c>framed</c>), no Referer (a link's code or ticket stays out of it), not indexed,
/// never cached.</summary>
public static class PageHeaders
{
    public static void Apply(HttpResponse response, string contentSecurityPolicy, bool framed = false)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        if (!framed)
        {
            // X-Frame-Options knows no list of sites: where some may frame the page, frame-ancestors alone says which.
            headers.XFrameOptions = "DENY";
        }

        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        headers.CacheControl = "no-store";
        headers.Pragma = "no-cache";
    }
}
