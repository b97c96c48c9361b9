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
}
