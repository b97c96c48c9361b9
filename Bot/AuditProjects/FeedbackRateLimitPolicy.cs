using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Lianzheng.Core.Time;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.AuditProjects;

/// <summary>A fixed window of <paramref name="permits"/> requests per <paramref name="window"/> for each client address
/// (an IPv6 client by its /64, which one machine usually holds whole); over it, the Chinese 429 page with Retry-After.
/// Behind a reverse proxy the address is the proxy's unless the host is told to trust its forwarded headers.</summary>
internal sealed class FeedbackRateLimitPolicy(int permits, TimeSpan window) : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => RejectAsync;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientKey(httpContext.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        var http = context.HttpContext;
        FeedbackLog.RateLimited(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FeedbackEndpoints).FullName!), permits, window);
        var bureau = http.RequestServices.GetRequiredService<IOptions<BureauOptions>>().Value.Name;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        FeedbackEndpoints.ApplyHeaders(http.Response);
        http.Response.ContentType = "text/html; charset=utf-8";
        var minutes = (seconds + 59) / 60;
        await http.Response.WriteAsync(FeedbackPage.Message(bureau, FeedbackTexts.TooManyTitle, FeedbackTexts.TooMany(minutes)), cancellationToken);
    }

    private static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }
}
