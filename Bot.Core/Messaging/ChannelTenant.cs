namespace Lianzheng.Core.Messaging;

/// <summary>The tenant (organisation) a chat channel serves, remembered when it is not configured: on Teams, the
/// tenant of the first account linked to a staff member. Accounts of other tenants are refused from then on.</summary>
public sealed class ChannelTenant
{
    /// <summary>The channel ("msteams"); one row per channel.</summary>
    public required string Channel { get; set; }

    public required string TenantId { get; set; }

    public DateTimeOffset RememberedAt { get; set; }
}
