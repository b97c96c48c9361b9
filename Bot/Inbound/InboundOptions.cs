using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Bot.Inbound;

/// <summary>Section "Inbound": how long the decrypted messages people sent are kept, and how long a replica holds a
/// message it is answering.</summary>
public sealed class InboundOptions
{
    public const string SectionName = "Inbound";

    /// <summary>After this many days a handled message is deleted: what the person wrote, the replies and the
    /// de-duplication key (channels redeliver within minutes).</summary>
    [Range(1, 3650, ErrorMessage = "Inbound:RetentionDays must be between 1 and 3650 (days the messages people sent are kept).")]
    public int RetentionDays { get; set; } = 30;

    /// <summary>A replica holds each message it accepted until it has answered it, renewing the hold every quarter of
    /// this; a message whose replica died (its hold not renewed) is taken over by another after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Inbound:Lease must be between 5 s and 1 h.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);
}
