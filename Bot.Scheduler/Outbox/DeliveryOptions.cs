using System.ComponentModel.DataAnnotations;
using Lianzheng.Core.Outbox;

namespace Lianzheng.Scheduler.Outbox;

/// <summary>Section "Delivery": how the outbox dispatcher drains deliveries.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00", ErrorMessage = "Delivery:PollInterval must be between 50 ms and 10 min.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    [Range(1, 1000, ErrorMessage = "Delivery:BatchSize must be between 1 and 1000.")]
    public int BatchSize { get; set; } = 100;

    /// <summary>A claimed row is held this long; a dispatcher that dies gives it back when the lease runs out.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00", ErrorMessage = "Delivery:Lease must be between 5 s and 1 h.")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Calls in flight at once; a throttled or slow call holds one slot while the others go on.</summary>
    [Range(1, 256, ErrorMessage = "Delivery:MaxInFlight must be between 1 and 256.")]
    public int MaxInFlight { get; set; } = 32;

    /// <summary>How often each replica's dispatcher says it is running, for the others to share the limits with it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00", ErrorMessage = "Delivery:HeartbeatInterval must be between 1 s and 1 min.")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 50, ErrorMessage = "Delivery:MaxAttempts must be between 1 and 50.")]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Requests per second per channel for the whole deployment, spread evenly (Teams: 50 per app per tenant,
    /// DESIGN.md §5; WeCom counts calls, each of up to 1000 recipients). With several replicas each paces at its share
    /// (<see cref="DispatcherRoster"/>).</summary>
    public Dictionary<string, int> RequestsPerSecond { get; set; } = new() { ["msteams"] = 50, ["wecom"] = 20 };
}
