using Microsoft.Extensions.Options;

namespace Lianzheng.Core.Time;

/// <summary>Section "Bureau": facts about the bureau that the whole bot shares.</summary>
public sealed class BureauOptions
{
    public const string SectionName = "Bureau";

    /// <summary>The bureau's name, shown in messages.</summary>
    public string Name { get; set; } = "县审计局";

    /// <summary>The IANA time zone of the bureau; used for everyone whose own zone is not known.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The address under which people reach this bot from outside it: the 工作台 sign-in links, the 告知书 download
    /// link and the QR code to the 廉政回访 page point here. Behind a reverse proxy it is the proxy's public https address.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>The public address of a path of this bot, such as /feedback/{code}.</summary>
    public string PublicUrl(string path) => PublicBaseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    public bool HasValidPublicBaseUrl =>
        Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
