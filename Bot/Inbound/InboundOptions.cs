using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Bot.Inbound;

/// <summary>Section "Inbound": how long the decrypted messages people sent are kept.</summary>
public sealed class InboundOptions
{
    public const string SectionName = "Inbound";

    /// <summary>After this many days a handled message's payload and replies are erased; its de-duplication key stays,
    /// so that a very late redelivery is still recognised.</summary>
    [Range(1, 3650, ErrorMessage = "Inbound:RetentionDays must be between 1 and 3650 (days the messages people sent are kept).")]
    public int RetentionDays { get; set; } = 30;
}
